/** Messages of the public portal. Dutch is the reference: other locales are typed against its keys. */
export const portal = {
  'portal.tagline': 'Informatie en hulp voor nieuwkomers en iedereen die met hen werkt',
  'portal.nav.label': 'Hoofdmenu',
  'portal.nav.home': 'Diensten',
  'portal.nav.library': 'Vertaalbibliotheek',
  'portal.nav.contact': 'Contact',
  'portal.nav.privacy': 'Privacy',
  'portal.nav.signIn': 'Aanmelden',
  'portal.language.label': 'Taal',
  'portal.footer.label': 'Voettekst',
  'portal.home.heading': 'Waarmee kunnen we je helpen?',
  'portal.home.intro': 'Kies een dienst. Je kunt deze website lezen in zes talen; kies je taal bovenaan.',
  'portal.category.language': 'Taal en tolken',
  'portal.category.guidance': 'Onthaal en begeleiding',
  'portal.category.education': 'Onderwijs en diploma’s',
  'portal.category.participation': 'Mensen ontmoeten',
  'portal.category.community': 'Verenigingen en feesten',
  'portal.category.rights': 'Gelijke rechten',
  'portal.service.back': 'Alle diensten',
  'portal.service.comingSoon':
    'Binnenkort kun je dit hier ook online aanvragen. Tot dan helpen we je graag via telefoon, e-mail of aan onze balie.',
  'portal.service.contactCta': 'Contact en openingsuren',
  'portal.contact.heading': 'Contact en openingsuren',
  'portal.contact.intro':
    'Kom langs, bel of mail. Spreek je nog weinig Nederlands? We zoeken samen een tolk.',
  'portal.contact.address': 'Adres',
  'portal.contact.phone': 'Telefoon',
  'portal.contact.email': 'E-mail',
  'portal.contact.hours': 'Openingsuren',
  'portal.contact.closed': 'Gesloten',
  'portal.contact.day': 'Dag',
  'portal.contact.time': 'Uren',
  'portal.privacy.heading': 'Privacyverklaring',
  'portal.privacy.intro':
    '{brand} verwerkt persoonsgegevens alleen om je te helpen en om de opdrachten uit te voeren die de stad ons geeft. Hier lees je wat we met je gegevens doen.',
  'portal.privacy.whoTitle': 'Wie is verantwoordelijk?',
  'portal.privacy.who':
    '{brand} is verantwoordelijk voor je gegevens. Heb je een vraag over privacy? Schrijf naar onze functionaris voor gegevensbescherming: {email}.',
  'portal.privacy.whatTitle': 'Welke gegevens?',
  'portal.privacy.what':
    'Alleen wat een dienst nodig heeft: je naam, je contactgegevens, je taal en wat je ons in een formulier vertelt. Sommige diensten hebben gevoelige gegevens nodig, zoals je godsdienst (Offerfeest) of informatie over je gezondheid (tolken). Daar vragen we dan uitdrukkelijk naar en die beschermen we extra.',
  'portal.privacy.whyTitle': 'Waarom?',
  'portal.privacy.why':
    'Om je vraag te behandelen, om je daarover te contacteren en om de stad anonieme cijfers te geven. We verkopen je gegevens nooit en gebruiken ze niet voor reclame.',
  'portal.privacy.howLongTitle': 'Hoe lang?',
  'portal.privacy.howLong':
    'Niet langer dan nodig. Wanneer een dossier is afgesloten, maken we het anoniem na de bewaartermijn van die dienst.',
  'portal.privacy.rightsTitle': 'Jouw rechten',
  'portal.privacy.rights':
    'Je mag je gegevens inkijken, laten verbeteren of laten wissen, en je kunt er een kopie van krijgen. Neem contact met ons op; je hoeft geen reden te geven. Ben je niet tevreden, dan kun je klacht indienen bij de toezichthouder voor gegevensbescherming.',
  'portal.privacy.cookiesTitle': 'Cookies',
  'portal.privacy.cookies':
    'Deze website bewaart alleen je taalkeuze (in je browser en in een cookie met de naam lang) en, als je aanmeldt, een sessiecookie. We volgen je niet.',
  'portal.notFound.heading': 'Deze pagina bestaat niet',
  'portal.notFound.body': 'Misschien is de link verouderd. Kies hieronder een dienst.',
  'service.interpreting.title': 'Sociaal tolken en vertalen',
  'service.interpreting.summary':
    'Diensten, scholen en zorgorganisaties vragen hier een tolk of een vertaling aan, zodat je in je eigen taal geholpen wordt.',
  'service.translation-library.title': 'Vertaalbibliotheek',
  'service.translation-library.summary':
    'Vertaalde brieven, formulieren en folders die diensten meteen kunnen gebruiken.',
  'service.newcomer-guidance.title': 'Onthaal van nieuwkomers',
  'service.newcomer-guidance.summary':
    'Nieuw in de stad? We helpen je op weg: inburgering, Nederlands leren, werk, wonen en gezondheid.',
  'service.education-info-point.title': 'Infopunt onderwijs',
  'service.education-info-point.summary':
    'Vragen over een school voor je kind, onthaalklassen (OKAN) of onderwijs voor volwassenen.',
  'service.higher-education.title': 'Hoger onderwijs',
  'service.higher-education.summary':
    'Begeleiding als je wilt starten of verder studeren aan een hogeschool of universiteit.',
  'service.diploma-recognition.title': 'Diplomagelijkschakeling',
  'service.diploma-recognition.summary':
    'Hulp om je buitenlandse diploma te laten erkennen via NARIC-Vlaanderen.',
  'service.uct-scholarship.title': 'Beurs UCT',
  'service.uct-scholarship.summary':
    'Een beurs voor een cursus Nederlands aan het universitair taalcentrum (UCT).',
  'service.transit-site.title': 'Doortrekkersterrein',
  'service.transit-site.summary': 'Reserveer een standplaats voor je woonwagen op het doortrekkersterrein.',
  'service.offerfeest.title': 'Offerfeest',
  'service.offerfeest.summary':
    'Schrijf je in voor een slachtmoment of vraag een terugbetaling van de slachtkosten voor het Offerfeest.',
  'service.gentse-lente.title': 'Gentse Lente',
  'service.gentse-lente.summary':
    'Het lentefestival tegen racisme en voor een stad van iedereen, rond 21 maart. Doe mee met je vereniging.',
  'service.buddy-programme.title': 'Buddywerking',
  'service.buddy-programme.summary':
    'Ontmoet als duo om de twee weken een vrijwilliger uit de stad, ongeveer zes maanden lang.',
  'service.ambassadors.title': 'Ambassadeurs',
  'service.ambassadors.summary':
    'Rolmodellen met een migratieachtergrond vertellen hun verhaal op scholen, in verenigingen en bij werkgevers. Vraag een getuigenis aan.',
  'service.conversation-groups.title': 'Conversatiegroepen',
  'service.conversation-groups.summary':
    'Oefen je Nederlands in een kleine groep met vrijwilligers, op jouw niveau.',
  'service.leisure.title': 'Vrije tijd',
  'service.leisure.summary': 'Sport, cultuur en activiteiten in je vrije tijd, goedkoper met een UiTPAS.',
  'service.self-organisations.title': 'Zelforganisaties',
  'service.self-organisations.summary':
    'Ondersteuning, erkenning en werkingssubsidies voor verenigingen van mensen met een migratieachtergrond.',
  'service.gender-network.title': 'Gendernetwerk',
  'service.gender-network.summary':
    'Een netwerk van organisaties en mensen die werken rond gender en migratie.',
  'service.anti-racism-reports.title': 'Discriminatie of racisme melden',
  'service.anti-racism-reports.summary':
    'Heb je discriminatie of racisme meegemaakt of gezien? Meld het. We luisteren en helpen je verder.',
} as const;

export type PortalKey = keyof typeof portal;
