/**
 * Dutch texts of the request page's changes and the dispatcher's actions on it: "Wijzigen", the
 * offers of a request, void, waive and undo waive; a requester inviting a colleague. Merged into
 * `messages-nl.ts`. ICU: write ’, never '.
 */
export const changeNl = {
  'invite.title': 'Een collega uitnodigen',
  'invite.intro':
    'Een collega van je organisatie kan ook tolken aanvragen. Ze krijgt een e-mail met een link om een wachtwoord te kiezen.',
  'invite.name': 'Naam van je collega',
  'invite.email': 'E-mailadres van je collega',
  'invite.submit': 'Uitnodigen',
  'invite.done': 'Uitnodiging verstuurd naar {email}.',
  'change.open': 'Wijzigen',
  'change.title': 'Aanvraag wijzigen',
  'change.intro': 'Pas aan wat anders is. Wat je niet aanpast, blijft zoals het was.',
  'change.scope': 'Welke afspraken van de reeks wijzig je?',
  'change.dateOnlyThis':
    'Een andere datum kan alleen voor deze ene afspraak. Voor meerdere afspraken verandert alleen het beginuur.',
  'change.releaseNotice':
    'Let op: een ander tijdstip, een andere duur of een ander adres maakt de toegewezen tolk ({name}) vrij. We zoeken dan opnieuw een tolk.',
  'change.releaseNoticeNone':
    'Na een ander tijdstip, een andere duur of een ander adres zoeken we opnieuw een tolk.',
  'change.participants': 'Aantal deelnemers',
  'change.submit': 'Wijziging opslaan',
  'change.close': 'Niet wijzigen',
  'change.nothing': 'Je hebt nog niets gewijzigd.',
  'change.invalid': 'De wijziging volgt niet alle regels.',
  'change.done':
    '{count, plural, one {De aanvraag is gewijzigd.} other {# afspraken van de reeks zijn gewijzigd.}}',
  'change.doneReleased': 'De tolk is vrijgegeven; we zoeken opnieuw een tolk.',

  'dispatch.alternativeSlot':
    'Past in het alternatieve tijdstip {time}: toewijzen verplaatst de aanvraag daarheen.',
  'dispatch.alternativeSlotsHelp':
    'Op het gevraagde tijdstip past niemand. Deze tolken passen op een alternatief tijdstip dat de aanvrager opgaf.',

  'offers.title': 'Aanbiedingen',
  'offers.help': 'Aan wie deze opdracht werd aangeboden, wanneer, en wat de tolk antwoordde.',
  'offers.none': 'Deze aanvraag is nog aan niemand aangeboden.',
  'offers.interpreter': 'Tolk',
  'offers.round': 'Ronde',
  'offers.offeredAt': 'Aangeboden op',
  'offers.expiresAt': 'Vervalt op',
  'offers.respondedAt': 'Antwoord op',
  'offers.status': 'Status',
  'offers.sentBy': 'Door',
  'offers.sentBy.auto': 'automatisch',
  'offers.sentBy.person': 'matcher',
  'offers.status.open': 'Open',
  'offers.status.accepted': 'Aanvaard',
  'offers.status.declined': 'Geweigerd',
  'offers.status.expired': 'Verlopen',
  'offers.status.filled': 'Door een ander ingevuld',
  'offers.status.withdrawn': 'Ingetrokken',

  'charge.title': 'Aanrekening',
  'charge.keep': 'Nee, terug',
  'charge.void': 'Schrappen (niet aanrekenen)',
  'charge.voidTitle': 'Aanvraag {reference} schrappen?',
  'charge.voidHelp':
    'Schrappen is iets anders dan annuleren: een geschrapte aanvraag wordt nooit aangerekend, bijvoorbeeld omdat ze bij vergissing geboekt werd.',
  'charge.voidReason': 'Reden',
  'charge.voidReasonRequired': 'Geef een reden: ze blijft bij de aanvraag bewaard.',
  'charge.voidConfirm': 'Ja, schrappen',
  'charge.voidDone': 'De aanvraag is geschrapt; ze wordt niet aangerekend.',
  'charge.waive': 'Late annulering kwijtschelden',
  'charge.waiveTitle': 'De late annulering van {reference} kwijtschelden?',
  'charge.waiveHelp':
    'De organisatie betaalt deze late annulering dan niet. Dat kan ongedaan gemaakt worden tot de factuur is opgemaakt.',
  'charge.waiveConfirm': 'Ja, kwijtschelden',
  'charge.waiveDone': 'De late annulering is kwijtgescholden; ze wordt niet aangerekend.',
  'charge.unwaive': 'Kwijtschelding ongedaan maken',
  'charge.unwaiveTitle': 'De late annulering van {reference} weer aanrekenen?',
  'charge.unwaiveHelp': 'De kwijtschelding vervalt: de late annulering komt weer op de factuur.',
  'charge.unwaiveConfirm': 'Ja, weer aanrekenen',
  'charge.unwaiveDone': 'De late annulering wordt weer aangerekend.',
  'charge.note': 'Notitie (niet verplicht)',
  'charge.waived': 'kwijtgescholden',
  'error.INTERPRETING.NOT_WAIVABLE':
    'Alleen een late annulering die nog niet gefactureerd is, kan kwijtgescholden worden.',
  'error.INTERPRETING.SERIES_SCOPE_INVALID':
    'Er is geen open, toekomstige afspraak in die keuze van de reeks.',
} as const;
