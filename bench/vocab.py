"""Word lists and sentence templates for the synthetic bilingual library (see ``generate.py``).

Every entry is a parallel English/French pair written by hand, so the two versions of a story say the same
thing with each language's grammar. Lists are kept as ``en | fr | ...`` lines to stay readable.

Template slots (filled per story, in each language's own format):

``{P1}`` ``{P2}`` ``{P3}``   full names          ``{P1L}`` ``{P2L}``  surnames (second mention)
``{R1}`` ``{R2}``            roles, with article  ``{He1}`` ``{He2}``  He/She (Il/Elle)
``{EA}`` ``{EC1}`` ``{EC2}`` French feminine agreement ("" or "e") of ``{AGEP1}``, ``{C1}``, ``{C2}``
``{ORG}`` ``{ORG2}``         organisations        ``{DE_ORG}`` ``{DE_CITY}`` ...  French "de"/"d'"/"du" forms
``{INST}``                   an institution, with article (subject position only)
``{CITY}`` ``{CITY2}``       cities               ``{IN_CTRY}``        "in France" / "en France"
``{NP1}``..``{NP4}``         "the new report" / "le nouveau rapport"
``{ANP1}`` ``{ANP2}``        "a new report" / "un nouveau rapport"
``{OFNP1}`` ``{OFNP2}``      "of the new report" / "du nouveau rapport"
``{M1}``..``{M3}``           money                ``{C1}`` ``{C2}``    counts with their noun
``{PCT1}`` ``{PCT2}``        percentages          ``{AGEP1}``          "a 34-year-old man" / "un homme de 34 ans"
``{AGE2}``                   "52" / "52 ans"      ``{DUR1}`` ``{DUR2}`` durations
``{YEAR}``                   a year               ``{DAY}``            "on Tuesday" / "mardi"

The words ``police`` and ``budget`` appear only in ``POLICE_SENTENCES`` and ``BUDGET_SENTENCES``, so the
generator controls exactly which stories contain them (they are the benchmark's "common words").
"""

from __future__ import annotations


def table(text: str) -> list[list[str]]:
    """``a | b | c`` lines into lists of stripped cells (blank lines and ``#`` comments skipped)."""
    rows = []
    for line in text.strip().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("|")])
    return rows


# -- people --------------------------------------------------------------------------------------------------

FIRST_NAMES_M = (
    "Jean Pierre Michel Philippe Alain Nicolas Julien Thomas Antoine Mathieu Olivier Laurent Christophe "
    "Sébastien Hugo Louis Lucas Gabriel Arthur Raphaël Yannick Bruno Didier Étienne Rémi Benoît Damien "
    "James John Robert Michael David William Richard Daniel Matthew Andrew Mark Paul Steven Kevin Brian "
    "George Edward Samuel Oliver Henry Owen Liam Aidan Rajesh Omar Karim Mehdi Youssef Tariq Kenji Mateo"
).split()
FIRST_NAMES_F = (
    "Marie Nathalie Isabelle Sylvie Catherine Sophie Claire Camille Julie Hélène Céline Élodie Émilie Manon "
    "Chloé Léa Inès Louise Juliette Margaux Anaïs Audrey Solène Maëlle Agathe Cécile Brigitte Véronique "
    "Mary Patricia Jennifer Linda Elizabeth Susan Sarah Karen Nancy Lisa Emily Rachel Hannah Grace Olivia "
    "Charlotte Amelia Fiona Siobhan Priya Aisha Fatima Yasmine Leila Naomi Ingrid Astrid Yuki Lucia Elena"
).split()
COMMON_SURNAMES = (
    "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel "
    "Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert Bonnet François "
    "Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu "
    "Clément Gauthier Dumont Lopez Fontaine Chevalier Robin Smith Johnson Williams Brown Jones Miller Davis "
    "Wilson Anderson Taylor Moore Jackson White Harris Clark Lewis Walker Hall Allen Young King Wright Scott "
    "Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins "
    "Edwards Stewart Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Kelly Howard Ward Cox Patel Khan "
    "Nguyen Tanaka Kowalski Novak Jensen Larsen Rossi Ferrari Costa Silva Santos Fischer Weber Schneider"
).split()
#: Syllables for synthetic surnames: 52 x 30 x 40 = 62,400 names, most of them rare in a large library.
SURNAME_HEADS = (
    "Var Dor Kel Mar Bren Cal Tor Lan Fer Gal Hal Jor Kav Lor Mor Nor Pel Quen Ros Sal Tal Ul Val Wel Yar "
    "Zel Bar Cor Dal Est Fal Gor Hel Il Jas Kor Lev Mal Ner Ol Per Rav Sor Tev Ver Wyn Bel Dra Gri Pra Stav Thal"
).split()
SURNAME_MIDS = "a e i o ou en an in el ar or ir ev av ul es ol ad ig ur ay ie ov et im ac os ub al ec".split()
SURNAME_TAILS = (
    "ko ley ton mont ville ard ier ez ski sen son ot in ais ec ine berg ford well ak as ic ov ane eau ène oux "
    "ac ieu ens ar ello ini ès um ix ay uy aud ick"
).split()

#: Roles: English, French masculine, French feminine.
ROLES = table("""
the interior minister | le ministre de l'Intérieur | la ministre de l'Intérieur
the finance minister | le ministre des Finances | la ministre des Finances
the health minister | le ministre de la Santé | la ministre de la Santé
the transport minister | le ministre des Transports | la ministre des Transports
the environment minister | le ministre de la Transition écologique | la ministre de la Transition écologique
the education minister | le ministre de l'Éducation | la ministre de l'Éducation
the mayor | le maire | la maire
the deputy mayor | l'adjoint au maire | l'adjointe au maire
the regional president | le président de région | la présidente de région
the chief executive | le directeur général | la directrice générale
the chief financial officer | le directeur financier | la directrice financière
the company's founder | le fondateur de l'entreprise | la fondatrice de l'entreprise
a spokesman for the group | un porte-parole du groupe | une porte-parole du groupe
the public prosecutor | le procureur de la République | la procureure de la République
the investigating judge | le juge d'instruction | la juge d'instruction
a defence lawyer | un avocat de la défense | une avocate de la défense
the union leader | le dirigeant syndical | la dirigeante syndicale
an economist at the central bank | un économiste de la banque centrale | une économiste de la banque centrale
a researcher at the national institute | un chercheur de l'institut national | une chercheuse de l'institut national
the head of the hospital | le directeur de l'hôpital | la directrice de l'hôpital
the head of security | le responsable de la sécurité | la responsable de la sécurité
an opposition member of parliament | un député de l'opposition | une députée de l'opposition
a senator | un sénateur | une sénatrice
the club's manager | l'entraîneur du club | l'entraîneuse du club
the festival director | le directeur du festival | la directrice du festival
a climate scientist | un climatologue | une climatologue
a local resident | un habitant du quartier | une habitante du quartier
the school's head teacher | le directeur de l'école | la directrice de l'école
an analyst at a consultancy | un analyste d'un cabinet de conseil | une analyste d'un cabinet de conseil
the airport's director | le directeur de l'aéroport | la directrice de l'aéroport
""")

# -- places and organisations -----------------------------------------------------------------------------------

#: Cities whose names differ between English and French, then cities spelled the same in both.
CITIES = table("""
London | Londres
Brussels | Bruxelles
Geneva | Genève
Lisbon | Lisbonne
Venice | Venise
Seville | Séville
Antwerp | Anvers
Basel | Bâle
Edinburgh | Édimbourg
Warsaw | Varsovie
Athens | Athènes
Vienna | Vienne
Copenhagen | Copenhague
Montreal | Montréal
Quebec City | Québec
Algiers | Alger
Cologne | Cologne
Munich | Munich
""") + [
    [c, c]
    for c in (
        "Lyon Marseille Toulouse Nantes Bordeaux Lille Rennes Strasbourg Grenoble Montpellier Dijon Brest Rouen "
        "Nancy Metz Reims Angers Tours Limoges Besançon Poitiers Perpignan Caen Orléans Amiens Toulon Nice "
        "Avignon Annecy Bayonne Pau Quimper Lorient Valence Chambéry Lausanne Namur Liège Charleroi Ottawa "
        "Toronto Sherbrooke Dakar Abidjan Casablanca Rabat Tunis Marrakech Berlin Madrid Barcelona Milan Turin "
        "Rotterdam Amsterdam Dublin Manchester Glasgow Bristol Leeds Boston Chicago Seattle Denver Oslo Helsinki "
        "Stockholm Gothenburg Prague Budapest Zagreb Ljubljana Porto Valencia Bilbao Naples Florence Hamburg"
    ).split()
]
#: Synthetic towns: head + tail gives a few hundred more place names.
TOWN_HEADS = (
    "Saint-Amand Beaulieu Montfort Villeneuve Castelnau Roche Fontaine Belmont Clairval Hautmont".split()
)
TOWN_TAILS = [
    "-sur-Loire",
    "-sur-Mer",
    "-les-Bains",
    "-en-Forêt",
    "-le-Vieux",
    "-la-Rivière",
    " Haut",
    "-d'Oc",
]

COUNTRIES = table("""
in France | en France
in Belgium | en Belgique
in Switzerland | en Suisse
in Canada | au Canada
in Quebec | au Québec
in the United Kingdom | au Royaume-Uni
in Germany | en Allemagne
in Spain | en Espagne
in Italy | en Italie
in the Netherlands | aux Pays-Bas
in Portugal | au Portugal
in Ireland | en Irlande
in Poland | en Pologne
in Morocco | au Maroc
in Senegal | au Sénégal
in Japan | au Japon
in the United States | aux États-Unis
in Brazil | au Brésil
in Luxembourg | au Luxembourg
in Austria | en Autriche
in Sweden | en Suède
in Norway | en Norvège
in Denmark | au Danemark
in Greece | en Grèce
in Tunisia | en Tunisie
in Mexico | au Mexique
in India | en Inde
in Australia | en Australie
""")

INSTITUTIONS = table("""
the European Commission | la Commission européenne
the Court of Auditors | la Cour des comptes
the Constitutional Council | le Conseil constitutionnel
the national statistics office | l'institut national de la statistique
the data protection authority | l'autorité de protection des données
the competition authority | l'Autorité de la concurrence
the regional health agency | l'agence régionale de santé
the national cybersecurity agency | l'agence nationale de la sécurité informatique
the central bank | la banque centrale
the energy regulator | le régulateur de l'énergie
the Council of State | le Conseil d'État
the aviation safety agency | l'agence de la sécurité aérienne
the weather service | le service météorologique
the electoral commission | la commission électorale
the financial markets authority | l'Autorité des marchés financiers
""")

#: Organisation suffixes: English "{stem} {en}", French "{fr} {stem}" when ``before`` else "{stem} {fr}".
ORG_SUFFIXES = table("""
Group | Groupe | before
Bank | Banque | before
Energy | Énergie | after
Systems | Systèmes | after
Logistics | Logistique | after
Health | Santé | after
Airlines | Airlines | after
Motors | Motors | after
Pharma | Pharma | after
Telecom | Télécom | after
Insurance | Assurances | after
Foods | Alimentaire | after
Software | Software | after
Shipping | Maritime | after
Water | Eaux | after
Steel | Aciers | after
""")
ORG_STEMS = (
    "Northvale Meridia Orvane Telcora Kestrel Halvard Brightwater Solenne Vantor Corvale Aubrac Lumen Norvik "
    "Tessaro Ardent Calvera Westmere Pellion Ostrava Ravelle Silvane Trivio Bellcross Marnier Quartz Olvera "
    "Vireo Saxton Delmar Hexa Astrale Caldera Fenwick Ibex Junon Kappa Lorient Mistral Nautile Opale Pyxis "
    "Quillon Roseval Stellan Tiber Umbria Valmy Wexford Xenon Ypres Zephyr Alder Birchwood Cobalt Drummond"
).split()

# -- noun phrases ---------------------------------------------------------------------------------------------

#: Nouns: English, French, gender (``m``/``f``; ``f!``/``m!`` for an aspirated h: no elision).
GENERIC_NOUNS = table("""
report | rapport | m
investigation | enquête | f
decision | décision | f
plan | plan | m
project | projet | m
agreement | accord | m
proposal | proposition | f
reform | réforme | f
strategy | stratégie | f
measure | mesure | f
statement | communiqué | m
meeting | réunion | f
vote | vote | m
debate | débat | m
crisis | crise | f
situation | situation | f
response | réponse | f
warning | avertissement | m
announcement | annonce | f
review | examen | m
study | étude | f
survey | sondage | m
method | méthode | f
system | système | m
network | réseau | m
programme | programme | m
contract | contrat | m
tender | appel d'offres | m
timetable | calendrier | m
deadline | échéance | f
negotiation | négociation | f
compromise | compromis | m
dispute | différend | m
complaint | plainte | f
appeal | recours | m
ruling | jugement | m
hearing | audience | f
inquiry | commission d'enquête | f
audit | audit | m
assessment | évaluation | f
forecast | prévision | f
target | objectif | m
increase | hausse | f!
decline | baisse | f
shortage | pénurie | f
delay | retard | m
closure | fermeture | f
opening | ouverture | f
launch | lancement | m
transition | transition | f
recovery | reprise | f
slowdown | ralentissement | m
consultation | concertation | f
protest | manifestation | f
strike | grève | f
petition | pétition | f
campaign | campagne | f
initiative | initiative | f
partnership | partenariat | m
merger | fusion | f
takeover | rachat | m
""")
TOPIC_NOUNS = {
    "cyber": table("""
ransomware attack | attaque par rançongiciel | f
data breach | fuite de données | f
phishing campaign | campagne d'hameçonnage | f
vulnerability | vulnérabilité | f
security patch | correctif de sécurité | m
server | serveur | m
backup | sauvegarde | f
encryption key | clé de chiffrement | f
hacking group | groupe de pirates | m
intrusion | intrusion | f
password | mot de passe | m
cloud platform | plateforme infonuagique | f
"""),
    "politics": table("""
bill | projet de loi | m
amendment | amendement | m
coalition | coalition | f
majority | majorité | f
referendum | référendum | m
election | élection | f
motion of censure | motion de censure | f
parliamentary group | groupe parlementaire | m
manifesto | programme électoral | m
cabinet reshuffle | remaniement | m
constituency | circonscription | f
turnout | participation | f
"""),
    "economy": table("""
inflation | inflation | f
interest rate | taux d'intérêt | m
growth | croissance | f
deficit | déficit | m
unemployment | chômage | m
trade surplus | excédent commercial | m
share price | cours de l'action | m
quarterly result | résultat trimestriel | m
factory | usine | f
supply chain | chaîne d'approvisionnement | f
bond issue | émission obligataire | f
minimum wage | salaire minimum | m
"""),
    "climate": table("""
heatwave | canicule | f
drought | sécheresse | f
flood | inondation | f
wildfire | incendie de forêt | m
carbon tax | taxe carbone | f
emission | émission | f
wind farm | parc éolien | m
solar plant | centrale solaire | f
glacier | glacier | m
water table | nappe phréatique | f
biodiversity | biodiversité | f
heat record | record de chaleur | m
"""),
    "health": table("""
hospital | hôpital | m
emergency department | service des urgences | m
vaccine | vaccin | m
epidemic | épidémie | f
clinical trial | essai clinique | m
treatment | traitement | m
waiting list | liste d'attente | f
nursing home | maison de retraite | f
medicine shortage | pénurie de médicaments | f
health insurance | assurance maladie | f
maternity ward | maternité | f
outbreak | foyer épidémique | m
"""),
    "transport": table("""
railway line | ligne ferroviaire | f
tunnel | tunnel | m
motorway | autoroute | f
airport | aéroport | m
tram network | réseau de tramway | m
high-speed train | train à grande vitesse | m
bus route | ligne de bus | f
toll | péage | m
bridge | pont | m
cycle lane | piste cyclable | f
freight terminal | terminal de fret | m
timetable change | changement d'horaires | m
"""),
    "justice": table("""
trial | procès | m
verdict | verdict | m
indictment | mise en examen | f
prison sentence | peine de prison | f
fraud | escroquerie | f
money laundering | blanchiment | m
smuggling ring | réseau de contrebande | m
court of appeal | cour d'appel | f
witness | témoin | m
search warrant | mandat de perquisition | m
custody | garde à vue | f
plea deal | accord de plaider-coupable | m
"""),
    "science": table("""
telescope | télescope | m
satellite | satellite | m
laboratory | laboratoire | m
experiment | expérience | f
discovery | découverte | f
particle accelerator | accélérateur de particules | m
genome | génome | m
algorithm | algorithme | m
space probe | sonde spatiale | f
fossil | fossile | m
quantum computer | ordinateur quantique | m
research grant | financement de recherche | m
"""),
    "culture": table("""
festival | festival | m
exhibition | exposition | f
museum | musée | m
novel | roman | m
film | film | m
concert hall | salle de concert | f
theatre company | compagnie de théâtre | f
literary prize | prix littéraire | m
restoration | restauration | f
box office | billetterie | f
orchestra | orchestre | m
heritage site | site patrimonial | m
"""),
    "sport": table("""
championship | championnat | m
final | finale | f
transfer | transfert | m
stadium | stade | m
season | saison | f
coach | entraîneur | m
league | ligue | f
marathon | marathon | m
cycling race | course cycliste | f
world record | record du monde | m
qualifier | match de qualification | m
training centre | centre d'entraînement | m
"""),
}
TOPICS = list(TOPIC_NOUNS)

#: Adjectives: English, French masculine, French feminine, position in French (``pre`` or ``post``).
ADJECTIVES = table("""
new | nouveau | nouvelle | pre
major | important | importante | post
controversial | controversé | controversée | post
long-awaited | attendu | attendue | post
national | national | nationale | post
regional | régional | régionale | post
local | local | locale | post
European | européen | européenne | post
international | international | internationale | post
public | public | publique | post
private | privé | privée | post
ambitious | ambitieux | ambitieuse | post
unprecedented | inédit | inédite | post
provisional | provisoire | provisoire | post
final | définitif | définitive | post
first | premier | première | pre
second | second | seconde | pre
latest | dernier | dernière | pre
large | grand | grande | pre
small | petit | petite | pre
revised | révisé | révisée | post
official | officiel | officielle | post
independent | indépendant | indépendante | post
detailed | détaillé | détaillée | post
disputed | contesté | contestée | post
urgent | urgent | urgente | post
annual | annuel | annuelle | post
joint | commun | commune | post
technical | technique | technique | post
legal | juridique | juridique | post
financial | financier | financière | post
social | social | sociale | post
digital | numérique | numérique | post
ecological | écologique | écologique | post
historic | historique | historique | post
expensive | coûteux | coûteuse | post
cautious | prudent | prudente | post
rapid | rapide | rapide | post
""")

# -- figures --------------------------------------------------------------------------------------------------

#: Counted nouns: English singular, English plural, French singular, French plural, French gender.
COUNT_NOUNS = table("""
bed | beds | lit | lits | m
employee | employees | salarié | salariés | m
patient | patients | patient | patients | m
home | homes | logement | logements | m
job | jobs | emploi | emplois | m
flight | flights | vol | vols | m
passenger | passengers | passager | passagers | m
pupil | pupils | élève | élèves | m
arrest | arrests | interpellation | interpellations | f
victim | victims | victime | victimes | f
account | accounts | compte | comptes | m
server | servers | serveur | serveurs | m
vehicle | vehicles | véhicule | véhicules | m
tree | trees | arbre | arbres | m
firefighter | firefighters | pompier | pompiers | m
household | households | foyer | foyers | m
school | schools | école | écoles | f
municipality | municipalities | commune | communes | f
doctor | doctors | médecin | médecins | m
shop | shops | commerce | commerces | m
visitor | visitors | visiteur | visiteurs | m
seat | seats | siège | sièges | m
company | companies | entreprise | entreprises | f
hectare | hectares | hectare | hectares | m
volunteer | volunteers | bénévole | bénévoles | m
spectator | spectators | spectateur | spectateurs | m
""")
#: Durations: English singular, English plural, French singular, French plural.
DURATION_UNITS = table("""
hour | hours | heure | heures
day | days | jour | jours
week | weeks | semaine | semaines
month | months | mois | mois
year | years | an | ans
""")
NUMBER_WORDS = table("""
one | un
two | deux
three | trois
four | quatre
five | cinq
six | six
seven | sept
eight | huit
nine | neuf
ten | dix
eleven | onze
twelve | douze
""")
DAYS = table("""
on Monday | lundi
on Tuesday | mardi
on Wednesday | mercredi
on Thursday | jeudi
on Friday | vendredi
on Saturday | samedi
on Sunday | dimanche
last week | la semaine dernière
this morning | ce matin
on Monday evening | lundi soir
on Thursday night | dans la nuit de jeudi
""")

# -- sentences ------------------------------------------------------------------------------------------------

#: Sentences any story may use.
GENERIC_SENTENCES = table("""
{P1}, {R1}, said {DAY} that {NP1} would be on the table before the summer. | {P1}, {R1}, a indiqué {DAY} que {NP1} serait sur la table avant l'été.
{He1} added that {NP2} had been discussed at length with the unions. | {He1} a ajouté que {NP2} avait fait l'objet de longues discussions avec les syndicats.
According to {P2}, {R2}, nothing has been decided yet. | Selon {P2}, {R2}, rien n'est encore décidé.
The announcement came after weeks of speculation {IN_CTRY}. | L'annonce intervient après des semaines de spéculations {IN_CTRY}.
{ORG} declined to comment on {NP1}. | {ORG} n'a pas souhaité commenter {NP1}.
Critics say {NP3} goes too far, while supporters say it does not go far enough. | Ses détracteurs estiment que {NP3} va trop loin, ses partisans qu'il faudrait aller plus loin.
The details of {NP2} are expected to be published {DAY}. | Les détails {OFNP2} doivent être publiés {DAY}.
In {CITY}, the reaction was immediate. | À {CITY}, la réaction a été immédiate.
Several questions remain unanswered, starting with the timetable. | Plusieurs questions restent sans réponse, à commencer par le calendrier.
{P3} described the situation as "serious but under control". | {P3} a qualifié la situation de « sérieuse mais maîtrisée ».
The government has promised {ANP1} before the end of the year. | Le gouvernement a promis {ANP1} avant la fin de l'année.
Talks between {ORG} and {ORG2} are due to resume next week. | Les discussions entre {ORG} et {ORG2} doivent reprendre la semaine prochaine.
"We have learned a great deal from this episode," {P1L} said. | « Nous avons beaucoup appris de cet épisode », a déclaré {P1L}.
Residents of {CITY2} have been asked to stay informed through official channels. | Les habitants {DE_CITY2} sont invités à s'informer par les canaux officiels.
{INST} said the matter was being followed closely. | {INST} a fait savoir que le dossier était suivi de près.
The opposition called for {ANP2} and a debate in parliament. | L'opposition a réclamé {ANP2} et un débat au Parlement.
Few observers expected such a rapid turn of events. | Peu d'observateurs s'attendaient à un tel retournement aussi rapide.
{P2L} recalled that a similar situation had occurred in {CITY} several years ago. | {P2L} a rappelé qu'une situation comparable s'était produite à {CITY} il y a plusieurs années.
The decision will be reviewed at the next meeting of the board. | La décision sera réexaminée lors du prochain conseil d'administration.
Local officials in {CITY} welcomed the news but remained cautious. | À {CITY}, les élus locaux ont salué la nouvelle tout en restant prudents.
Nothing suggests, for now, that {NP1} will be dropped. | Rien n'indique, pour l'heure, un abandon {OFNP1}.
The issue has divided the majority for months. | Le sujet divise la majorité depuis des mois.
{ORG2} said it was ready to cooperate fully with the authorities. | {ORG2} a assuré vouloir coopérer pleinement avec les autorités.
A new round of talks is scheduled in {CITY2}. | Une nouvelle série de discussions est prévue à {CITY2}.
"This is a turning point," said {P3}, who has followed the file from the start. | « C'est un tournant », estime {P3}, qui suit le dossier depuis le début.
Environmental groups have also criticised {NP3}. | Les associations environnementales ont également critiqué {NP3}.
Observers note that the tone has changed considerably since the spring. | Les observateurs notent que le ton a considérablement changé depuis le printemps.
The minister is expected to answer questions from members of parliament {DAY}. | Le ministre doit répondre aux questions des députés {DAY}.
{He2} stressed the need for transparency towards the public. | {He2} a insisté sur la nécessité de transparence envers le public.
The final text could still change during the parliamentary debate. | Le texte final pourrait encore évoluer lors du débat parlementaire.
""")

#: Sentences carrying the story's figures.
FIGURE_SENTENCES = table("""
{ORG} said it had set aside {M1} to cover the costs. | {ORG} a indiqué avoir provisionné {M1} pour couvrir les frais.
The bill for {NP1} is now estimated at {M2}. | La facture {OFNP1} est désormais estimée à {M2}.
In total, {C1} are affected, according to the latest count. | Au total, {C1} sont concerné{EC1}s, selon le dernier décompte.
The figure rose by {PCT1} in a single year. | Ce chiffre a progressé de {PCT1} en un an.
{P2}, {AGE2}, has worked in the sector for {DUR1}. | {P2}, {AGE2}, travaille dans le secteur depuis {DUR1}.
{AGEP1} was questioned by investigators {DAY}. | {AGEP1} a été entendu{EA} par les enquêteurs {DAY}.
The work is expected to last {DUR2}. | Les travaux devraient durer {DUR2}.
Some {C2} took part, organisers said. | Quelque {C2} ont participé, selon les organisateurs.
The share of respondents in favour fell to {PCT2}. | La part des personnes favorables est tombée à {PCT2}.
The project, worth {M3}, should be completed by {YEAR}. | Le projet, d'un montant de {M3}, doit être achevé d'ici {YEAR}.
{ORG2} is seeking {M1} in damages. | {ORG2} réclame {M1} de dommages et intérêts.
The region will receive {M2} from the state over {DUR1}. | La région recevra {M2} de l'État sur {DUR1}.
Nearly {PCT1} of {C1} have already been compensated. | Près de {PCT1} des {C1} ont déjà été indemnisé{EC1}s.
Last year, the same operation had cost {M3}. | L'an dernier, la même opération avait coûté {M3}.
The first results are not expected before {YEAR}. | Les premiers résultats ne sont pas attendus avant {YEAR}.
Turnover fell by {PCT2} to {M2}. | Le chiffre d'affaires a reculé de {PCT2}, à {M2}.
{C2} have been mobilised since the beginning of the week. | {C2} sont mobilisé{EC2}s depuis le début de la semaine.
The contract runs for {DUR2} and is worth {M1}. | Le contrat court sur {DUR2} et représente {M1}.
Among the people arrested is {AGEP1}. | Parmi les personnes interpellées figure {AGEP1}.
Unemployment in the area stands at {PCT2}, against {PCT1} nationally. | Le chômage dans la zone s'établit à {PCT2}, contre {PCT1} au niveau national.
""")

#: The only sentences with the word "police" (see the module docstring).
POLICE_SENTENCES = table("""
Police in {CITY} reported {C1} in total. | La police {DE_CITY} fait état de {C1} au total.
A police source said the investigation was progressing. | Selon une source policière, l'enquête progresse. La police reste discrète.
Police officers were deployed around {NP1} {DAY}. | Des agents de police ont été déployés autour {OFNP1} {DAY}.
The police have opened an inquiry into the circumstances. | La police a ouvert une enquête sur les circonstances.
{P3} said the police had been informed at once. | {P3} a précisé que la police avait été prévenue aussitôt.
""")
#: The only sentences with the word "budget".
BUDGET_SENTENCES = table("""
The budget for {NP2} was cut by {PCT2}. | Le budget {OFNP2} a été réduit de {PCT2}.
The draft budget will be debated {DAY}. | Le projet de budget sera débattu {DAY}.
{ORG} has frozen its budget until further notice. | {ORG} a gelé son budget jusqu'à nouvel ordre.
The overall budget now stands at {M3}. | Le budget global s'élève désormais à {M3}.
Budget constraints have delayed {NP3}. | Les contraintes de budget ont retardé {NP3}.
""")

#: Sentences per topic (the story's subject).
TOPIC_SENTENCES = {
    "cyber": table("""
The attackers claimed responsibility on a leak site {DAY}. | Les attaquants ont revendiqué l'opération sur un site de fuite {DAY}.
{ORG} said its night team had spotted {NP1}. | {ORG} a indiqué que son équipe de nuit avait repéré {NP1}.
Systems were shut down as a precaution while engineers restored backups. | Les systèmes ont été coupés par précaution pendant que les ingénieurs restauraient les sauvegardes.
The hacking group is known for targeting hospitals and local authorities. | Le groupe de pirates est connu pour cibler les hôpitaux et les collectivités.
Experts recommend applying {NP2} without delay. | Les experts recommandent d'appliquer {NP2} sans attendre.
Customers have been advised to change their passwords. | Les clients sont invités à changer leurs mots de passe.
The stolen files include names, addresses and bank details. | Les fichiers dérobés comprennent des noms, des adresses et des coordonnées bancaires.
The ransom demand was rejected by the management. | La demande de rançon a été rejetée par la direction.
"""),
    "politics": table("""
The text was adopted at first reading after a heated debate. | Le texte a été adopté en première lecture après un débat houleux.
{P1L} must now secure a majority in the Senate. | {P1L} doit désormais trouver une majorité au Sénat.
The coalition partners remain divided over {NP1}. | Les partenaires de la coalition restent divisés sur {NP1}.
Polls suggest the race will be close. | Les sondages laissent présager un scrutin serré.
The prime minister has ruled out an early election. | Le Premier ministre a exclu des élections anticipées.
Several members of the majority abstained. | Plusieurs membres de la majorité se sont abstenus.
The amendment was rejected by a narrow margin. | L'amendement a été rejeté de justesse.
Campaigning officially begins next month. | La campagne officielle débute le mois prochain.
"""),
    "economy": table("""
Markets reacted calmly to the announcement. | Les marchés ont réagi avec calme à l'annonce.
The central bank left its key rate unchanged. | La banque centrale a laissé son taux directeur inchangé.
{ORG} plans to open {ANP1} near {CITY}. | {ORG} prévoit d'ouvrir {ANP1} près de {CITY}.
Exporters are worried about the strength of the currency. | Les exportateurs s'inquiètent de la vigueur de la monnaie.
Analysts had expected weaker figures. | Les analystes attendaient des chiffres plus faibles.
The group's shares rose sharply at the open. | L'action du groupe a nettement progressé à l'ouverture.
Unions fear further job cuts at the site. | Les syndicats craignent de nouvelles suppressions de postes sur le site.
Household consumption remains sluggish. | La consommation des ménages reste atone.
"""),
    "climate": table("""
Temperatures exceeded seasonal norms for the tenth day in a row. | Les températures ont dépassé les normales de saison pour le dixième jour consécutif.
Water restrictions have been extended to the whole department. | Les restrictions d'eau ont été étendues à tout le département.
Farmers say the harvest is already compromised. | Les agriculteurs estiment que la récolte est déjà compromise.
Firefighters fought the flames through the night. | Les pompiers ont combattu les flammes toute la nuit.
The weather service issued an orange alert for {CITY}. | Le service météorologique a placé {CITY} en vigilance orange.
Scientists link the episode to global warming. | Les scientifiques relient l'épisode au réchauffement climatique.
River levels are the lowest on record. | Le niveau des rivières est le plus bas jamais enregistré.
The timetable for {NP1} has been pushed back to the autumn. | Le calendrier {OFNP1} a été repoussé à l'automne.
"""),
    "health": table("""
Emergency departments are under heavy pressure. | Les services d'urgences sont sous forte tension.
Doctors warn of a shortage of staff this winter. | Les médecins alertent sur un manque de personnel cet hiver.
The vaccination campaign will be extended to the over-sixties. | La campagne de vaccination sera étendue aux plus de soixante ans.
Patients have been transferred to neighbouring hospitals. | Des patients ont été transférés vers des hôpitaux voisins.
The regional health agency has opened a hotline. | L'agence régionale de santé a ouvert une ligne d'écoute.
Nurses have been on strike for several days. | Les infirmiers sont en grève depuis plusieurs jours.
The trial results will be published in a medical journal. | Les résultats de l'essai seront publiés dans une revue médicale.
Pharmacies report shortages of common medicines. | Les pharmacies signalent des pénuries de médicaments courants.
"""),
    "transport": table("""
Traffic was disrupted for most of the day. | Le trafic a été perturbé une bonne partie de la journée.
The line between {CITY} and {CITY2} will close for maintenance. | La ligne entre {CITY} et {CITY2} fermera pour travaux.
Commuters face long delays this week. | Les usagers doivent s'attendre à de longs retards cette semaine.
The operator apologised to passengers. | L'exploitant a présenté ses excuses aux voyageurs.
Work on {NP1} is behind schedule. | Les travaux {OFNP1} ont pris du retard.
The airport expects a record summer. | L'aéroport s'attend à un été record.
A replacement bus service has been set up. | Un service de bus de substitution a été mis en place.
Cyclists have long called for safer routes. | Les cyclistes réclament depuis longtemps des itinéraires plus sûrs.
"""),
    "justice": table("""
The trial opened {DAY} before the criminal court of {CITY}. | Le procès s'est ouvert {DAY} devant le tribunal correctionnel {DE_CITY}.
The defendants deny all charges. | Les prévenus nient toutes les accusations.
The prosecutor requested a suspended sentence. | Le parquet a requis une peine avec sursis.
The verdict is expected at the end of the month. | Le verdict est attendu à la fin du mois.
Investigators seized documents and computers. | Les enquêteurs ont saisi des documents et des ordinateurs.
The court of appeal upheld the first ruling. | La cour d'appel a confirmé le premier jugement.
Lawyers for the victims welcomed the decision. | Les avocats des victimes ont salué la décision.
The suspects were released under judicial supervision. | Les suspects ont été remis en liberté sous contrôle judiciaire.
"""),
    "science": table("""
The results were published in the journal Nature. | Les résultats ont été publiés dans la revue Nature.
The team spent years analysing the data. | L'équipe a passé des années à analyser les données.
The probe is due to reach its orbit in the spring. | La sonde doit atteindre son orbite au printemps.
Researchers in {CITY} confirmed the observation. | Des chercheurs {DE_CITY} ont confirmé l'observation.
The discovery could change our understanding of the field. | La découverte pourrait changer notre compréhension du domaine.
Further experiments are planned at the laboratory. | D'autres expériences sont prévues au laboratoire.
The launch was postponed because of the weather. | Le lancement a été reporté en raison de la météo.
Independent scientists called for caution. | Des scientifiques indépendants ont appelé à la prudence.
"""),
    "culture": table("""
The exhibition opens to the public {DAY}. | L'exposition ouvre ses portes au public {DAY}.
Critics praised the staging and the music. | La critique a salué la mise en scène et la musique.
The museum plans to extend its opening hours. | Le musée prévoit d'élargir ses horaires d'ouverture.
The novel has been translated into twenty languages. | Le roman a été traduit en vingt langues.
Tickets sold out within hours. | Les billets se sont arrachés en quelques heures.
The festival will return to {CITY} next year. | Le festival reviendra à {CITY} l'an prochain.
The restoration revealed frescoes hidden for centuries. | La restauration a révélé des fresques cachées depuis des siècles.
The director thanked the volunteers. | La direction a remercié les bénévoles.
"""),
    "sport": table("""
The team won in extra time in front of a full stadium. | L'équipe s'est imposée en prolongation devant un stade comble.
The coach praised the players' determination. | L'entraîneur a salué la détermination de ses joueurs.
The club confirmed the transfer {DAY}. | Le club a officialisé le transfert {DAY}.
The final will be played in {CITY}. | La finale se jouera à {CITY}.
The injured captain will miss the rest of the season. | Blessé, le capitaine manquera le reste de la saison.
Supporters celebrated late into the night. | Les supporters ont fêté la victoire jusque tard dans la nuit.
The race was neutralised because of the rain. | La course a été neutralisée à cause de la pluie.
The federation announced sanctions against the club. | La fédération a annoncé des sanctions contre le club.
"""),
}

#: Titles per topic (every title starts with a place, an organisation or a name: varied list prefixes).
TOPIC_TITLES = {
    "cyber": table("""
{ORG} hit by cyberattack, {M1} ransom demanded | {ORG} victime d'une cyberattaque, une rançon de {M1} exigée
{CITY}: {C1} exposed in data breach at {ORG} | {CITY} : {C1} exposé{EC1}s par une fuite de données chez {ORG}
{ORG2} patches flaw exploited by hackers in {CITY} | {ORG2} corrige une faille exploitée par des pirates à {CITY}
"""),
    "politics": table("""
{CITY}: {P1L} wins vote on {NP1} with {PCT1} | {CITY} : {P1L} remporte le vote sur {NP1} avec {PCT1}
{P1L} faces revolt over {NP1} | {P1L} face à la fronde sur {NP1}
{CITY2} votes: turnout reaches {PCT1} | Scrutin à {CITY2} : la participation atteint {PCT1}
"""),
    "economy": table("""
{ORG} to cut {C1} after turnover falls {PCT1} | {ORG} va supprimer {C1} après une baisse de {PCT1} du chiffre d'affaires
{ORG} invests {M1} in new plant near {CITY} | {ORG} investit {M1} dans une nouvelle usine près de {CITY}
{CITY}: {ORG2} takeover valued at {M2} | {CITY} : le rachat {DE_ORG2} évalué à {M2}
"""),
    "climate": table("""
{CITY}: heatwave forces {C1} to close | {CITY} : la canicule force {C1} à fermer
{CITY2} floods: damage put at {M1} | Inondations à {CITY2} : des dégâts estimés à {M1}
{ORG} wind farm off {CITY} gets go-ahead | Feu vert pour le parc éolien {DE_ORG} au large {DE_CITY}
"""),
    "health": table("""
{CITY}: hospital cancels {PCT1} of operations | {CITY} : l'hôpital annule {PCT1} des opérations
{ORG} trial shows {PCT1} fewer infections | L'essai {DE_ORG} montre {PCT1} d'infections en moins
{CITY2} emergency unit short of {C1} | {CITY2} : les urgences manquent de {C1}
"""),
    "transport": table("""
{CITY}–{CITY2} line closed for {DUR1} | La ligne {CITY}–{CITY2} fermée pendant {DUR1}
{CITY}: tunnel project rises to {M1} | {CITY} : le projet de tunnel grimpe à {M1}
{ORG} cancels {C1} as strike bites | {ORG} annule {C1} à cause de la grève
"""),
    "justice": table("""
{CITY}: {AGEP1} charged in {M1} fraud | {CITY} : {AGEP1} mis{EA} en examen dans une escroquerie de {M1}
{P1L} trial opens in {CITY} | Ouverture du procès {P1L} à {CITY}
{ORG} fined {M1} by competition watchdog | {ORG} : amende de {M1} infligée par le gendarme de la concurrence
"""),
    "science": table("""
{CITY} team maps genome of {C1} | Une équipe {DE_CITY} séquence le génome de {C1}
{ORG} satellite reaches orbit after {DUR1} | Le satellite {DE_ORG} atteint son orbite après {DUR1}
{P1L}: discovery could reshape the field | {P1L} : une découverte qui pourrait bouleverser le domaine
"""),
    "culture": table("""
{CITY} festival draws {C1} | Le festival {DE_CITY} attire {C1}
{P1L} novel wins prize worth {M1} | Le roman de {P1L} remporte un prix de {M1}
{CITY2} museum reopens after {DUR1} of work | {CITY2} : le musée rouvre après {DUR1} de travaux
"""),
    "sport": table("""
{CITY} clinches title in front of {C1} | {CITY} décroche le titre devant {C1}
{P1L} signs for {M1} | {P1L} signe pour {M1}
{CITY2} marathon: record falls by {DUR1} | Marathon {DE_CITY2} : le record tombe de {DUR1}
"""),
}

HEADINGS = table("""
A long-standing problem | Un problème ancien
What happens next | Et maintenant ?
Reactions | Les réactions
A question of money | Une question d'argent
The timetable | Le calendrier
Mixed feelings | Des sentiments partagés
The figures | Les chiffres
Behind the scenes | En coulisses
A precedent | Un précédent
On the ground | Sur le terrain
""")

QUOTES = table("""
We will not give in to pressure | Nous ne céderons pas à la pression
Everyone must take their share of responsibility | Chacun doit prendre sa part de responsabilité
This is only the first step | Ce n'est qu'une première étape
We were not informed in time | Nous n'avons pas été informés à temps
The priority is to protect the most vulnerable | La priorité est de protéger les plus vulnérables
We have done everything by the book | Nous avons tout fait dans les règles
Nobody could have predicted this | Personne ne pouvait prévoir cela
The coming weeks will be decisive | Les prochaines semaines seront décisives
""")
QUOTE_SENTENCES = table("""
"{Q}," said {P1}. | « {Q} », a déclaré {P1}.
"{Q}," {P2L} told reporters. | « {Q} », a confié {P2L} à la presse.
{P3} put it bluntly: "{Q}." | {P3} l'a dit sans détour : « {Q}. »
""")
