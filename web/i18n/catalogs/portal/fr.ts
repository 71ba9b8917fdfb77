import type { PortalKey } from './nl.ts';

export const portal: Record<PortalKey, string> = {
  'portal.tagline':
    'Informations et aide pour les primo-arrivants et pour tous ceux qui travaillent avec eux',
  'portal.nav.label': 'Menu principal',
  'portal.nav.home': 'Services',
  'portal.nav.library': 'Bibliothèque de traductions',
  'portal.nav.contact': 'Contact',
  'portal.nav.privacy': 'Vie privée',
  'portal.nav.signIn': 'Se connecter',
  'portal.language.label': 'Langue',
  'portal.footer.label': 'Pied de page',
  'portal.home.heading': 'Comment pouvons-nous vous aider ?',
  'portal.home.intro':
    'Choisissez un service. Ce site existe en six langues ; choisissez la vôtre en haut de la page.',
  'portal.category.language': 'Langue et interprétariat',
  'portal.category.guidance': 'Accueil et accompagnement',
  'portal.category.education': 'Enseignement et diplômes',
  'portal.category.participation': 'Rencontrer des gens',
  'portal.category.community': 'Associations et fêtes',
  'portal.category.rights': 'Égalité des droits',
  'portal.service.back': 'Tous les services',
  'portal.service.comingSoon':
    'Bientôt, vous pourrez en faire la demande en ligne ici. En attendant, nous vous aidons volontiers par téléphone, par e-mail ou à notre guichet.',
  'portal.service.contactCta': 'Contact et heures d’ouverture',
  'portal.contact.heading': 'Contact et heures d’ouverture',
  'portal.contact.intro':
    'Passez nous voir, appelez-nous ou envoyez un e-mail. Vous parlez peu le néerlandais ? Nous chercherons un interprète ensemble.',
  'portal.contact.address': 'Adresse',
  'portal.contact.phone': 'Téléphone',
  'portal.contact.email': 'E-mail',
  'portal.contact.hours': 'Heures d’ouverture',
  'portal.contact.closed': 'Fermé',
  'portal.contact.day': 'Jour',
  'portal.contact.time': 'Heures',
  'portal.privacy.heading': 'Déclaration de confidentialité',
  'portal.privacy.intro':
    '{brand} traite des données personnelles uniquement pour vous aider et pour accomplir les missions que la ville nous confie. Vous lirez ici ce que nous faisons de vos données.',
  'portal.privacy.whoTitle': 'Qui est responsable ?',
  'portal.privacy.who':
    '{brand} est responsable de vos données. Une question sur la vie privée ? Écrivez à notre délégué à la protection des données : {email}.',
  'portal.privacy.whatTitle': 'Quelles données ?',
  'portal.privacy.what':
    'Uniquement ce dont un service a besoin : votre nom, vos coordonnées, votre langue et ce que vous nous dites dans un formulaire. Certains services ont besoin de données sensibles, comme votre religion (fête du Sacrifice) ou des informations sur votre santé (interprétariat). Nous vous les demandons alors explicitement et nous les protégeons tout particulièrement.',
  'portal.privacy.whyTitle': 'Pourquoi ?',
  'portal.privacy.why':
    'Pour traiter votre demande, pour vous contacter à ce sujet et pour fournir des chiffres anonymes à la ville. Nous ne vendons jamais vos données et ne les utilisons pas pour de la publicité.',
  'portal.privacy.howLongTitle': 'Combien de temps ?',
  'portal.privacy.howLong':
    'Pas plus longtemps que nécessaire. Lorsqu’un dossier est clôturé, nous l’anonymisons après le délai de conservation de ce service.',
  'portal.privacy.rightsTitle': 'Vos droits',
  'portal.privacy.rights':
    'Vous pouvez consulter vos données, les faire corriger ou supprimer, et en obtenir une copie. Contactez-nous ; vous n’avez pas besoin de donner de raison. Si vous n’êtes pas satisfait, vous pouvez porter plainte auprès de l’autorité de contrôle de la protection des données.',
  'portal.privacy.cookiesTitle': 'Cookies',
  'portal.privacy.cookies':
    'Ce site enregistre uniquement votre choix de langue (dans votre navigateur et dans un cookie nommé lang) et, si vous vous connectez, un cookie de session. Nous ne vous suivons pas.',
  'portal.notFound.heading': 'Cette page n’existe pas',
  'portal.notFound.body': 'Le lien est peut-être périmé. Choisissez un service ci-dessous.',
  'service.interpreting.title': 'Interprétariat social et traduction',
  'service.interpreting.summary':
    'Les services, les écoles et les organisations de soins demandent ici un interprète ou une traduction, pour que vous soyez aidé dans votre langue.',
  'service.translation-library.title': 'Bibliothèque de traductions',
  'service.translation-library.summary':
    'Des lettres, formulaires et brochures traduits que les services peuvent utiliser tout de suite.',
  'service.newcomer-guidance.title': 'Accueil des primo-arrivants',
  'service.newcomer-guidance.summary':
    'Nouveau dans la ville ? Nous vous aidons à trouver votre chemin : intégration civique, apprendre le néerlandais, travail, logement et santé.',
  'service.education-info-point.title': 'Point info enseignement',
  'service.education-info-point.summary':
    'Des questions sur une école pour votre enfant, les classes d’accueil (OKAN) ou l’enseignement pour adultes.',
  'service.higher-education.title': 'Enseignement supérieur',
  'service.higher-education.summary':
    'Un accompagnement si vous voulez commencer ou reprendre des études dans une haute école ou une université.',
  'service.diploma-recognition.title': 'Équivalence de diplôme',
  'service.diploma-recognition.summary':
    'De l’aide pour faire reconnaître votre diplôme étranger par NARIC-Vlaanderen.',
  'service.uct-scholarship.title': 'Bourse UCT',
  'service.uct-scholarship.summary':
    'Une bourse pour un cours de néerlandais au centre de langues de l’université (UCT).',
  'service.transit-site.title': 'Aire de transit',
  'service.transit-site.summary':
    'Réservez un emplacement pour votre caravane sur l’aire de transit pour les gens du voyage.',
  'service.offerfeest.title': 'Fête du Sacrifice',
  'service.offerfeest.summary':
    'Inscrivez-vous pour un créneau d’abattage ou demandez le remboursement des frais d’abattage pour l’Aïd al-Adha.',
  'service.gentse-lente.title': 'Printemps gantois',
  'service.gentse-lente.summary':
    'Le festival de printemps contre le racisme et pour une ville de tous, autour du 21 mars. Participez avec votre association.',
  'service.buddy-programme.title': 'Programme de parrainage',
  'service.buddy-programme.summary':
    'Rencontrez en duo un bénévole de la ville toutes les deux semaines, pendant environ six mois.',
  'service.ambassadors.title': 'Ambassadeurs',
  'service.ambassadors.summary':
    'Des modèles issus de l’immigration racontent leur histoire dans les écoles, les associations et chez les employeurs. Demandez un témoignage.',
  'service.conversation-groups.title': 'Groupes de conversation',
  'service.conversation-groups.summary':
    'Pratiquez votre néerlandais en petit groupe avec des bénévoles, à votre niveau.',
  'service.leisure.title': 'Loisirs',
  'service.leisure.summary':
    'Sport, culture et activités pendant votre temps libre, moins cher avec une UiTPAS.',
  'service.self-organisations.title': 'Associations de migrants',
  'service.self-organisations.summary':
    'Soutien, reconnaissance et subventions de fonctionnement pour les associations de personnes issues de l’immigration.',
  'service.gender-network.title': 'Réseau genre',
  'service.gender-network.summary':
    'Un réseau d’organisations et de personnes qui travaillent sur le genre et la migration.',
  'service.anti-racism-reports.title': 'Signaler une discrimination ou du racisme',
  'service.anti-racism-reports.summary':
    'Vous avez subi ou vu une discrimination ou du racisme ? Signalez-le. Nous vous écoutons et vous aidons.',
};
