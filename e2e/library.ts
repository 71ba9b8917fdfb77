import type { Page } from 'playwright-core';
import { assert, assertEqual, type Check, scan, signInAs, withPage } from './harness.ts';

/** A school letter in Dutch and its Arabic translation, written by the test (synthetic text). */
// The school's name is in no demo document: the searches below must find this document, not those.
const TITLE_NL = 'Uw kind inschrijven in basisschool Wilgenhof';
const TEXT_NL =
  'U kunt uw kind inschrijven in basisschool Wilgenhof via de website van de stad. ' +
  'Breng de identiteitskaart van uw kind mee naar het gesprek.';
const TITLE_AR = 'تسجيل طفلك في مدرسة فيلخنهوف الابتدائية';
const TEXT_AR =
  'يمكنك تسجيل طفلك في مدرسة فيلخنهوف الابتدائية عبر موقع المدينة. ' + 'أحضر بطاقة هوية طفلك إلى المقابلة.';
const WORD_AR = 'فيلخنهوف';

const file = (name: string, text: string) => ({
  name,
  mimeType: 'text/plain',
  buffer: Buffer.from(text, 'utf8'),
});

/** The editor's part: a new document with its Dutch original, then an Arabic translation. */
async function uploadWithArabic(page: Page): Promise<string> {
  await signInAs(page, 'library_editor');
  await page.locator('nav.app-nav [data-nav="library.upload"]').click();
  await page.locator('main h1', { hasText: 'Document toevoegen' }).waitFor();
  await scan(page, 'library-upload');
  await page.getByLabel('Titel (Nederlands)').fill(TITLE_NL);
  await page.locator('select[name="sector"]').selectOption('education');
  await page.getByLabel('Thema’s').fill('inschrijving, school');
  await page.locator('input[type="file"][name="file"]').setInputFiles(file('inschrijving.txt', TEXT_NL));
  await page.getByRole('button', { name: 'Document bewaren' }).click();
  await page.waitForURL(/\/app\/library\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  const id = new URL(page.url()).pathname.split('/').pop() ?? '';
  await page.locator('main h1', { hasText: TITLE_NL }).waitFor();
  assert((await page.locator('tr[data-lang="nl"]').count()) === 1, 'the Dutch original is listed');

  await page.locator('select[name="lang"]').selectOption('ar');
  await page.locator('input[name="translationTitle"]').fill(TITLE_AR);
  await page.locator('input[type="file"][name="translationFile"]').setInputFiles(file('tasjil.txt', TEXT_AR));
  await page.getByRole('button', { name: 'Vertaling toevoegen' }).click();
  const arabic = page.locator('tr[data-lang="ar"]');
  await arabic.waitFor({ timeout: 15_000 });
  assertEqual((await arabic.locator('td').first().textContent())?.trim(), TITLE_AR, 'Arabic title');
  assert(
    (await arabic.locator('a[download]').getAttribute('href'))?.includes('/translations/ar/') === true,
    'the Arabic version has a download link',
  );
  await scan(page, 'library-document');

  // The staff search finds it by a Dutch word, marks the hit and counts two languages.
  await page.locator('nav.app-nav [data-nav="library.search"]').click();
  await page.getByLabel('Zoeken in de bibliotheek').fill('Wilgenhof');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  const card = page.locator('.lib-card', { hasText: TITLE_NL });
  // The newest documents show before the search answers: wait for the answer's marked snippet.
  await card.locator('mark', { hasText: 'Wilgenhof' }).first().waitFor({ timeout: 15_000 });
  assert((await card.textContent())?.includes('beschikbaar in 2 talen') === true, 'two languages');
  await scan(page, 'library-search');
  return id;
}

/** The visitor's part: the portal in Arabic finds the document by an Arabic word and offers it. */
async function findInArabic(page: Page, id: string): Promise<void> {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Vertaalbibliotheek' })
    .click();
  await page.locator('h1', { hasText: 'Vertaalbibliotheek' }).waitFor();
  await page.locator('.language-switcher a[lang="ar"]').click();
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await page.locator('h1', { hasText: 'مكتبة الترجمات' }).waitFor();
  await page.locator('#library-q').fill(WORD_AR);
  await page.getByRole('button', { name: 'بحث', exact: true }).click();
  const hit = page.locator('.library-hit', { hasText: TITLE_AR });
  await hit.waitFor({ timeout: 15_000 });
  assertEqual(await hit.locator('h2').getAttribute('lang'), 'ar', 'the title is marked as Arabic');
  assert((await hit.locator('mark').first().textContent())?.includes(WORD_AR) === true, 'the word is marked');
  await scan(page, 'portal-library-search-ar');

  await hit.locator('h2 a').click();
  await page.locator('h1', { hasText: TITLE_AR }).waitFor();
  assert(page.url().endsWith(`/library/${id}`), 'the document page has its own address');
  const languages = await page
    .locator('.library-languages li')
    .evaluateAll((items) => items.map((li) => li.querySelector('[lang]')?.getAttribute('lang')));
  assertEqual(languages, ['nl', 'ar'], 'the languages it is available in');
  const download = page.locator('.library-languages li', { hasText: TITLE_AR }).locator('a[download]');
  const href = await download.getAttribute('href');
  assert(href, 'the Arabic version has a download link');
  const response = await page.request.get(href);
  assertEqual(response.status(), 200, 'the download answers');
  assert((await response.text()).includes(WORD_AR), 'the download is the Arabic text');
  await scan(page, 'portal-library-document-ar');
}

const check: Check = {
  name: 'library: an editor uploads a document with an Arabic translation; a visitor finds it in Arabic',
  run: async (ctx) => {
    const id = await withPage(ctx, { locale: 'nl-BE' }, uploadWithArabic);
    await withPage(ctx, { locale: 'nl-BE' }, (page) => findInArabic(page, id));
  },
};

export const libraryChecks: readonly Check[] = [check];
