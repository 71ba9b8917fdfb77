import { buildDocx } from '../server/platform/text/samples.test-support.ts';
import { assert, type Check, scan, signInAs, withPage } from './harness.ts';

const LONG =
  'Indien u de betaling niet binnen de termijn van dertig dagen na ontvangst van deze brief heeft ' +
  'uitgevoerd, wordt uw dossier overgemaakt aan de dienst invordering voor verdere behandeling.';
const LETTER = `${LONG} Bel ons als u vragen hebt.`;

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const paste: Check = {
  name: 'plain language: a requester pastes a bureaucratic letter and sees it marked up',
  run: async (ctx) => {
    await withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await signInAs(page, 'requester');
      await page.locator('nav.app-nav [data-nav="plainLanguage.check"]').click();
      await page.locator('main h1', { hasText: 'Klare taal' }).waitFor();
      await page.locator('textarea').fill(LETTER);
      await page.getByRole('button', { name: 'Controleren', exact: true }).click();
      await page.locator('#pl-result').waitFor();
      assert(
        (await page.locator('.pl-text .pl-sentence--long').count()) === 1,
        'one long sentence is marked',
      );
      const jargon = await page.locator('.pl-text mark.pl-mark--jargon').first().getAttribute('title');
      assert(jargon?.includes('schrijf liever') === true, 'a jargon word shows its plainer alternative');
      assert((await page.locator('.pl-text mark.pl-mark--passive').count()) > 0, 'the passive is marked');
      assert(
        (await page.locator('.pl-scores', { hasText: 'niveau' }).count()) === 1,
        'the LiNT-II estimate shows its level',
      );
      await scan(page, 'plain-language');
    });
  },
};

const upload: Check = {
  name: 'plain language: a bureaucratic letter uploaded as a Word file gets marked up',
  run: async (ctx) => {
    const docx = await buildDocx(['Betreft: uw belastingaanslag', LONG, 'Bel ons als u vragen hebt.']);
    await withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await signInAs(page, 'requester');
      await page.goto('/app/plain-language');
      await page.locator('main h1', { hasText: 'Klare taal' }).waitFor();
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: 'aanmaning.docx', mimeType: DOCX_TYPE, buffer: docx });
      await page.locator('#pl-result').waitFor();
      assert(
        (await page.locator('.pl-file', { hasText: 'aanmaning.docx' }).count()) === 1,
        'the page says which file it checked',
      );
      const text = (await page.locator('.pl-text').textContent()) ?? '';
      assert(text.includes('dienst invordering'), 'the text read from the file is shown');
      assert(
        (await page.locator('.pl-text .pl-sentence--long').count()) === 1,
        'the long sentence of the file is marked',
      );
      const indien = page.locator('.pl-text mark.pl-mark--jargon', { hasText: 'Indien' });
      assert(((await indien.first().getAttribute('title')) ?? '').includes('“als”'), '"Indien" → "als"');
    });
  },
};

const terms: Check = {
  name: 'plain language: a staff member adds a difficult word and a re-check flags it',
  run: async (ctx) => {
    const text = 'Wij vragen u het formulier te retourneren.';
    await withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await signInAs(page, 'library_editor');
      await page.goto('/app/plain-language');
      await page.locator('textarea').fill(text);
      await page.getByRole('button', { name: 'Controleren', exact: true }).click();
      await page.locator('#pl-result').waitFor();
      assert((await page.locator('.pl-text mark.pl-mark--jargon').count()) === 0, 'nothing flagged yet');

      await page.locator('nav.app-nav [data-nav="plainLanguage.terms"]').click();
      await page.locator('main h1', { hasText: 'Moeilijke woorden' }).waitFor();
      const form = page.locator('#pl-add-form');
      await form.getByLabel('Woord').fill('retourneren');
      await form.getByLabel('Schrijf liever').fill('terugsturen');
      await form.getByRole('button', { name: 'Woord toevoegen' }).click();
      await page.getByRole('rowheader', { name: 'retourneren' }).waitFor();
      await scan(page, 'plain-language-terms');

      await page.locator('nav.app-nav [data-nav="plainLanguage.check"]').click();
      await page.locator('textarea').fill(text);
      await page.getByRole('button', { name: 'Controleren', exact: true }).click();
      const mark = page.locator('.pl-text mark.pl-mark--jargon', { hasText: 'retourneren' });
      await mark.waitFor();
      assert(((await mark.getAttribute('title')) ?? '').includes('terugsturen'), 'the new word is flagged');

      // Switching the word off takes it out of the check again.
      await page.locator('nav.app-nav [data-nav="plainLanguage.terms"]').click();
      await page.getByRole('button', { name: 'Uitzetten: retourneren' }).click();
      await page.getByRole('button', { name: 'Aanzetten: retourneren' }).waitFor();
    });
  },
};

export const plainLanguageChecks: readonly Check[] = [paste, upload, terms];
