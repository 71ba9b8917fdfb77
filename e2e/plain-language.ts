import { assert, type Check, scan, signInAs, withPage } from './harness.ts';

const LETTER =
  'Indien u de betaling niet binnen de termijn van dertig dagen na ontvangst van deze brief heeft ' +
  'uitgevoerd, wordt uw dossier overgemaakt aan de dienst invordering voor verdere behandeling. ' +
  'Bel ons als u vragen hebt.';

const check: Check = {
  name: 'plain language: a requester pastes a bureaucratic letter and sees it marked up',
  run: async (ctx) => {
    await withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await signInAs(page, 'requester');
      await page.locator('nav.app-nav [data-nav="plainLanguage.check"]').click();
      await page.locator('main h1', { hasText: 'Klare taal' }).waitFor();
      await page.locator('textarea').fill(LETTER);
      await page.getByRole('button', { name: 'Controleren' }).click();
      await page.locator('#pl-result').waitFor();
      assert(
        (await page.locator('.pl-text .pl-sentence--long').count()) === 1,
        'one long sentence is marked',
      );
      const jargon = await page.locator('.pl-text mark.pl-mark--jargon').first().getAttribute('title');
      assert(jargon?.includes('schrijf liever') === true, 'a jargon word shows its plainer alternative');
      assert((await page.locator('.pl-text mark.pl-mark--passive').count()) > 0, 'the passive is marked');
      await scan(page, 'plain-language');
    });
  },
};

export const plainLanguageChecks: readonly Check[] = [check];
