import type { PlainLanguageKey } from './messages-nl.ts';

/** English texts of the plain-language pages; the checked texts themselves stay Dutch. */
export const plainLanguageEn: Record<PlainLanguageKey, string> = {
  'check.text': 'Text (Dutch)',
  'check.submit': 'Check',
  'check.file': 'Or upload a document (docx, odt, pdf or txt)',
  'check.failed': 'The text could not be checked. Please try again.',
  'check.fromFile': 'Checked: {name}',
  'check.termsLink': 'List of difficult words',

  'estimate.B1': 'At B1 level',
  'estimate.borderline': 'Just above B1: a few changes will do',
  'estimate.above-B1': 'Above B1: rewrite the marked sentences',
  'estimate.empty': 'No text to assess',

  'mark.jargon': 'difficult word',
  'mark.long-word': 'long word',
  'mark.passive': 'passive voice',
  'mark.hint': '{label}: rather write “{hint}”',
  'mark.longSentence': 'long sentence',
  legend: 'Legend',

  'score.fleschDouma': 'Flesch-Douma',
  'score.lint': 'LiNT-II (estimate)',
  'score.lintValue': '{score} – level {level} of 4',
  'score.lintHelp':
    'Estimated from the text itself, without a parser or word-frequency list: a guide, not the official measure.',
  'score.average': 'Average sentence length',
  'score.averageValue': '{value} words (target: 15 or fewer)',
  'score.long': 'Long sentences',
  'score.longValue': '{count} of {total} (more than 20 words)',
  why: 'Why',

  'terms.title': 'Difficult words',
  'terms.intro':
    'The check marks these words and suggests the plainer word. Words that are switched off are not marked.',
  'terms.table': 'Difficult words and their alternative',
  'terms.term': 'Word',
  'terms.alternative': 'Rather write',
  'terms.note': 'Note',
  'terms.status': 'Status',
  'terms.active': 'Active',
  'terms.inactive': 'Switched off',
  'terms.actions': 'Actions',
  'terms.empty': 'No words on the list yet.',
  'terms.add': 'Add word',
  'terms.added': '“{term}” is on the list.',
  'terms.edit': 'Change',
  'terms.editTitle': 'Change “{term}”',
  'terms.save': 'Save',
  'terms.saved': '“{term}” was changed.',
  'terms.deactivate': 'Switch off',
  'terms.activate': 'Switch on',
  'terms.activeLabel': 'Active: the check marks this word',
  'terms.duplicate': 'This word is already on the list.',
  'terms.failed': 'Saving failed. Please try again.',
  'terms.readOnly': 'Only staff allowed to manage the list can change words.',
};
