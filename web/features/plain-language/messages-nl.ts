/**
 * Dutch texts of the plain-language pages (the reference; `messages-en.ts` is typed against these
 * keys). ICU messages; write ’ and never ' (ICU's escape). Nav labels live in `nav-messages.ts`.
 */
export const plainLanguageNl = {
  'check.text': 'Tekst (Nederlands)',
  'check.submit': 'Controleren',
  'check.file': 'Of laad een document op (docx, odt, pdf of txt)',
  'check.failed': 'De tekst kon niet worden gecontroleerd. Probeer het opnieuw.',
  'check.fromFile': 'Gecontroleerd: {name}',
  'check.termsLink': 'Lijst met moeilijke woorden',

  'estimate.B1': 'Op B1-niveau',
  'estimate.borderline': 'Net boven B1: een paar aanpassingen volstaan',
  'estimate.above-B1': 'Boven B1: herschrijf de aangeduide zinnen',
  'estimate.empty': 'Geen tekst om te beoordelen',

  'mark.jargon': 'moeilijk woord',
  'mark.long-word': 'lang woord',
  'mark.passive': 'lijdende vorm',
  'mark.hint': '{label}: schrijf liever “{hint}”',
  'mark.longSentence': 'lange zin',
  legend: 'Legende',

  'score.fleschDouma': 'Flesch-Douma',
  'score.lint': 'LiNT-II (schatting)',
  'score.lintValue': '{score} – niveau {level} van 4',
  'score.lintHelp':
    'Geschat uit de tekst zelf, zonder zinsontleding of woordfrequentielijst: een richtlijn, geen officiële meting.',
  'score.average': 'Gemiddelde zinslengte',
  'score.averageValue': '{value} woorden (doel: 15 of minder)',
  'score.long': 'Lange zinnen',
  'score.longValue': '{count} van {total} (meer dan 20 woorden)',
  why: 'Waarom',

  'terms.title': 'Moeilijke woorden',
  'terms.intro':
    'De controle markeert deze woorden en stelt het eenvoudigere woord voor. Uitgezette woorden worden niet gemarkeerd.',
  'terms.table': 'Moeilijke woorden en hun alternatief',
  'terms.term': 'Woord',
  'terms.alternative': 'Schrijf liever',
  'terms.note': 'Opmerking',
  'terms.status': 'Status',
  'terms.active': 'Actief',
  'terms.inactive': 'Uitgezet',
  'terms.actions': 'Acties',
  'terms.empty': 'Nog geen woorden op de lijst.',
  'terms.add': 'Woord toevoegen',
  'terms.added': '“{term}” staat op de lijst.',
  'terms.edit': 'Wijzigen',
  'terms.editTitle': '“{term}” wijzigen',
  'terms.save': 'Opslaan',
  'terms.saved': '“{term}” is gewijzigd.',
  'terms.deactivate': 'Uitzetten',
  'terms.activate': 'Aanzetten',
  'terms.activeLabel': 'Actief: de controle markeert dit woord',
  'terms.duplicate': 'Dit woord staat al op de lijst.',
  'terms.failed': 'Opslaan is niet gelukt. Probeer het opnieuw.',
  'terms.readOnly': 'Alleen medewerkers met het recht om de lijst te beheren kunnen woorden wijzigen.',
} as const;

export type PlainLanguageKey = keyof typeof plainLanguageNl;
