import type { LangTexts } from '../types.ts';

/** French. */
export const fr: LangTexts = {
  absence: {
    title: 'Certificat d’absence de votre enfant – {school}',
    text: `{school} – Déclaration de maladie

Chère institutrice, cher instituteur,
Mon enfant était absent. Avec ce formulaire, j’en informe l’école.
Nom de l’enfant : ..................
Classe : ..........
Absent du ........ au ........ inclus
Raison : malade / rendez-vous chez le médecin / raison familiale / autre : ..........
Votre enfant a-t-il été malade plus de trois jours de suite ? Alors l’école demande un certificat médical.
Votre enfant ne peut pas venir à l’école ? Appelez l’école avant 8 h 30 : {phone}.
Nom du parent : ..................
Date et signature : ..................`,
  },
  enrol: {
    title: 'Inscrire votre enfant à l’école primaire – séance d’information {date}',
    text: `Inscrire votre enfant à l’école primaire

À Gand, vous inscrivez d’abord votre enfant sur le site du système d’inscription. Ensuite, vous recevez une lettre avec l’école où votre enfant peut commencer.
Avec cette lettre, vous allez à l’école pour inscrire votre enfant. Apportez la carte d’identité ou le titre de séjour de votre enfant.
Votre enfant peut aller à l’école dès 2 ans et demi. À partir de 5 ans, votre enfant doit aller à l’école tous les jours.
Besoin d’aide ? Venez à la séance d’information chez Amal le {date} à {time}. Un collaborateur vous aide pour l’inscription. Un interprète est présent.`,
  },
  materials: {
    title: 'Liste du matériel scolaire classe {class} – {school}',
    text: `{school} – Liste du matériel classe {class}

Chers parents,
Le premier jour d’école, votre enfant apporte :
- un cartable et une trousse
- deux crayons, une gomme et un taille-crayon
- une latte de 30 cm et des ciseaux
- des crayons de couleur
- une gourde et une boîte à tartines au nom de votre enfant
- une tenue de gym : un T-shirt, un short et des pantoufles de gym dans un sac
L’école donne les cahiers et les livres.
Écrivez le nom de votre enfant sur tout le matériel.
Des questions ? Appelez l’école : {phone}.`,
  },
  parents: {
    title: 'Invitation à la réunion de parents {date} – classe {class} – {school}',
    text: `{school} – Invitation à la réunion de parents

Chers parents,
Nous vous invitons à un entretien avec l’enseignant de la classe {class}. Nous parlons de la façon dont votre enfant apprend et de comment il se sent à l’école.
Date : {date}
Heure : {time}
L’entretien dure environ 15 minutes.
Vous ne parlez pas encore bien le néerlandais ? Dites-le-nous. Nous demanderons un interprète.
Vous ne pouvez pas venir ? Appelez l’école pour fixer un autre rendez-vous : {phone}.
Salutations cordiales,
la direction`,
  },
  swimming: {
    title: 'Cours de natation classe {class} – {school}',
    text: `{school} – Cours de natation classe {class}

Chers parents,
À partir du {date}, la classe {class} va nager toutes les deux semaines à la piscine de la ville. Les enfants y vont en bus avec l’enseignant.
Donnez à votre enfant un maillot de bain, une serviette et un peigne dans un sac.
La natation fait partie des cours. Tous les enfants participent. Votre enfant est malade ? Donnez alors un mot du médecin.
Le cours de natation coûte 1,50 euro par fois. Vous payez avec la facture scolaire.
Des questions ? Appelez l’école : {phone}.`,
  },
  trip: {
    title: 'Autorisation d’excursion scolaire classe {class} à {place} – {school}',
    text: `{school} – Autorisation d’excursion scolaire

Chers parents,
Le {date}, la classe {class} part en excursion à {place}. Nous partons de l’école à {time} et nous revenons à 15 h 30.
Donnez à votre enfant un pique-nique, une gourde et un imperméable.
L’excursion coûte 5 euros. Vous payez avec la facture scolaire.
Rendez ce formulaire signé à l’enseignant.

Je soussigné(e), .................., parent de .................., autorise mon enfant à participer à l’excursion à {place}.
Numéro de téléphone du parent : ..................
Signature : ..................`,
  },
  lice: {
    title: 'Poux dans la classe {class} – {school}',
    text: `{school} – Poux dans la classe

Chers parents,
Quelques enfants de la classe {class} ont des poux. Les poux ne sont pas dangereux et n’ont rien à voir avec la saleté.
Vérifiez aujourd’hui les cheveux de votre enfant avec un peigne fin. Regardez surtout derrière les oreilles et dans la nuque.
Vous trouvez des poux ou des lentes ? Achetez un produit contre les poux à la pharmacie. Peignez les cheveux chaque jour pendant deux semaines.
Lavez les bonnets, les écharpes et les taies d’oreiller à 60 degrés.
Votre enfant peut venir à l’école normalement.
Des questions ? Appelez l’école : {phone}.`,
  },
  schoolbill: {
    title: 'Plan de paiement de la facture scolaire – {school}',
    text: `{school} – Plan de paiement de la facture scolaire

Chers parents,
La facture scolaire est trop élevée pour la payer en une fois ? Vous pouvez payer en plusieurs parties. Parlez-en avec la direction. Nous traitons votre demande avec discrétion.
Vous pouvez aussi recevoir une allocation scolaire du Groeipakket. Amal ou le Sociaal Huis vous aide pour la demande.

Nom du parent : ..................
Nom et classe de l’enfant : ..................
Je paie le montant de .......... euros en .......... parties, chaque fois le ..... du mois.
Date et signature : ..................`,
  },
  waste: {
    title: 'Trier les déchets à {place}',
    text: `Trier les déchets à {place}

À Gand, tout le monde trie ses déchets. Ainsi, nous pouvons réutiliser beaucoup de déchets.
Les déchets résiduels vont dans le sac gris. Les PMC (bouteilles en plastique, canettes et cartons à boissons) vont dans le sac bleu.
Les légumes, les fruits et les déchets de jardin vont dans le conteneur vert. Attachez le papier et le carton avec une ficelle.
Apportez le verre à la bulle à verre dans la rue.
À {place}, sortez les déchets avant {time} le jour de la collecte. Ne les sortez pas trop tôt.
Apportez les gros objets au parc à conteneurs.
Celui qui dépose des déchets dans la rue peut recevoir une amende.`,
  },
  medication: {
    title: 'Schéma de médication – {place}',
    text: `{place} – Schéma de médication

Nom du patient : ..................
Date de naissance : ..........
Prenez vos médicaments chaque jour à la même heure.
Médicament : .......... — matin : ..... — midi : ..... — soir : ..... — au coucher : .....
Prenez le médicament avant / pendant / après le repas.
N’arrêtez pas un médicament vous-même. Demandez d’abord à votre médecin.
Vous avez des effets secondaires ? Appelez votre médecin généraliste ou la pharmacie.
Apportez ce schéma à chaque rendez-vous chez votre médecin.`,
  },
  housing: {
    title: 'S’inscrire pour un logement social – permanence {place}',
    text: `S’inscrire pour un logement social

Un logement social est un logement avec un loyer plus bas. Vous pouvez vous inscrire si vos revenus ne sont pas trop élevés et si vous n’êtes pas propriétaire d’un logement.
Vous vous inscrivez auprès de la société de logement. Apportez votre carte d’identité, votre avertissement-extrait de rôle et les données de votre famille.
Après l’inscription, vous êtes sur une liste d’attente. Cela peut durer quelques années. Restez inscrit et communiquez toujours une nouvelle adresse.
Besoin d’aide ? Venez à la permanence à {place}, {address}, le {date} à {time}.`,
  },
  ocmw: {
    title: 'Invitation à un entretien avec votre assistant social – {place}',
    text: `{place} – Invitation

Madame, Monsieur,
Vous avez un rendez-vous avec votre assistant social.
Date : {date}
Heure : {time}
Adresse : {place}, {address}
Apportez ces documents : votre carte d’identité, vos extraits bancaires des trois derniers mois, votre contrat de bail et vos fiches de paie ou allocations.
Vous ne pouvez pas venir ? Appelez-nous au moins un jour à l’avance.
Vous avez besoin d’un interprète ? Dites-le-nous, nous nous en occupons.
Salutations cordiales,
votre assistant social`,
  },
  caw: {
    title: 'L’accueil du CAW : nous écoutons et aidons – permanence {place}',
    text: `L’accueil du CAW : nous écoutons et aidons

Vous avez des problèmes de logement, d’argent, de couple ou de papiers ? Venez à l’accueil du CAW. Vous ne devez pas prendre rendez-vous.
L’accueil est gratuit. Ce que vous racontez reste entre vous et l’intervenant.
Permanence à {place} : chaque semaine, à partir de {time}.
L’intervenant écoute votre question. Ensemble, nous cherchons une solution, ou nous cherchons le bon service pour vous.
Vous parlez peu le néerlandais ? Nous travaillons avec des interprètes.`,
  },
  vaccination: {
    title: 'Vaccination à l’école classe {class} – {school}',
    text: `{school} – Vaccination à l’école

Chers parents,
Le {date}, le médecin scolaire du CLB vient à l’école. Les enfants de la classe {class} peuvent alors recevoir un vaccin.
Le vaccin protège contre des maladies graves. Il est gratuit.
Nous vaccinons seulement avec votre autorisation. Remplissez le formulaire et rendez-le à l’enseignant.
Donnez aussi le carnet ou la carte de vaccination de votre enfant.
Vous avez des questions sur le vaccin ? Appelez le médecin scolaire ou demandez à votre médecin généraliste.`,
  },
  conversation: {
    title: 'Pratiquer le néerlandais à la table de conversation – {place}',
    text: `Pratiquer le néerlandais à la table de conversation

Vous voulez parler plus le néerlandais ? Venez à la table de conversation d’Amal à {place}.
Vous parlez en petit groupe avec un bénévole. Les groupes sont par niveau : débutants et avancés.
Chaque semaine à partir de {time}. La table de conversation est gratuite. Vous ne devez pas vous inscrire.
Apportez vos questions : sur le travail, l’école, le médecin ou le quartier.
Il y a du café et du thé. Bienvenue !`,
  },
  job: {
    title: 'Séance d’information sur la recherche d’emploi chez Amal – {date}',
    text: `Séance d’information : chercher du travail à Gand

Vous cherchez du travail ? Venez à la séance d’information d’Amal le {date} à {time}.
Nous expliquons comment trouver des offres d’emploi et comment faire un CV.
Vous apprenez aussi comment faire reconnaître votre diplôme étranger, et quelles formations sont gratuites.
Apportez votre titre de séjour et vos diplômes, si vous les avez.
La séance d’information est gratuite. Il y a des interprètes pour l’arabe, le dari et le tigrinya.
L’inscription est obligatoire : appelez Amal ou envoyez un e-mail.`,
  },
};
