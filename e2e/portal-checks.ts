import type { Page } from 'playwright-core';
import { portal as ar } from '../web/i18n/catalogs/portal/ar.ts';
import { portal as bg } from '../web/i18n/catalogs/portal/bg.ts';
import { portal as en } from '../web/i18n/catalogs/portal/en.ts';
import { portal as fr } from '../web/i18n/catalogs/portal/fr.ts';
import { portal as nl } from '../web/i18n/catalogs/portal/nl.ts';
import { portal as tr } from '../web/i18n/catalogs/portal/tr.ts';
import { assert, assertEqual, type Check, horizontalOverflow, scan, withPage } from './harness.ts';

const CATALOGS = { nl, en, fr, tr, bg, ar } as const;
type Lang = keyof typeof CATALOGS;
const LANGS: readonly Lang[] = ['nl', 'en', 'fr', 'tr', 'bg', 'ar'];

/** Every kind of portal page. */
const PAGES = [
  { name: 'home', path: '/', heading: (l: Lang) => CATALOGS[l]['portal.home.heading'] },
  {
    name: 'service',
    path: '/services/interpreting',
    heading: (l: Lang) => CATALOGS[l]['service.interpreting.title'],
  },
  { name: 'contact', path: '/contact', heading: (l: Lang) => CATALOGS[l]['portal.contact.heading'] },
  { name: 'privacy', path: '/privacy', heading: (l: Lang) => CATALOGS[l]['portal.privacy.heading'] },
  { name: 'not-found', path: '/no-such-page', heading: (l: Lang) => CATALOGS[l]['portal.notFound.heading'] },
] as const;

async function heading(page: Page): Promise<string> {
  return ((await page.locator('h1').first().textContent()) ?? '').trim();
}

async function htmlAttr(page: Page, name: 'lang' | 'dir'): Promise<string | null> {
  return page.locator('html').getAttribute(name);
}

const everyLanguageAndPage: Check = {
  name: 'portal: every page in all six languages (lang, dir, heading) has zero axe violations',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      for (const lang of LANGS) {
        for (const p of PAGES) {
          await page.goto(`${p.path}?lang=${lang}`);
          await page.locator('h1').waitFor();
          assertEqual(await heading(page), p.heading(lang), `${lang} ${p.name} heading`);
          assertEqual(await htmlAttr(page, 'lang'), lang, `${lang} ${p.name} <html lang>`);
          assertEqual(
            await htmlAttr(page, 'dir'),
            lang === 'ar' ? 'rtl' : 'ltr',
            `${lang} ${p.name} <html dir>`,
          );
          await scan(page, `portal-${p.name}-${lang}`);
        }
      }
    }),
};

const arabicMirrors: Check = {
  name: 'portal: Arabic is right-to-left and the layout mirrors',
  run: (ctx) =>
    withPage(ctx, { locale: 'ar', viewport: { width: 1024, height: 800 } }, async (page) => {
      await page.goto('/');
      await page.locator('h1').waitFor();
      assertEqual(await htmlAttr(page, 'dir'), 'rtl', 'dir from Accept-Language ar');
      const brand = await page.locator('.brand').boundingBox();
      const switcher = await page.locator('.language-switcher').boundingBox();
      assert(brand && switcher, 'brand and language switcher are on the page');
      assert(
        brand.x > switcher.x,
        `brand should sit right of the switcher in RTL (brand x=${brand.x}, switcher x=${switcher.x})`,
      );
    }),
};

const browserLanguage: Check = {
  name: 'portal: first visit follows the browser language (Accept-Language / navigator.languages)',
  run: async (ctx) => {
    const expectations: [string, Lang][] = [
      ['fr-BE', 'fr'],
      ['tr-TR', 'tr'],
      ['bg', 'bg'],
      ['en-GB', 'en'],
      ['de-DE', 'nl'],
    ];
    for (const [locale, lang] of expectations) {
      await withPage(ctx, { locale }, async (page) => {
        await page.goto('/');
        await page.locator('h1').waitFor();
        assertEqual(await htmlAttr(page, 'lang'), lang, `browser ${locale}`);
        assertEqual(
          await heading(page),
          CATALOGS[lang]['portal.home.heading'],
          `heading for browser ${locale}`,
        );
      });
    }
  },
};

const explicitChoiceRemembered: Check = {
  name: 'portal: ?lang= and the switcher choose, the choice is remembered and sent as Accept-Language',
  run: (ctx) =>
    withPage(ctx, { locale: 'fr-BE' }, async (page) => {
      await page.goto('/?lang=bg');
      await page.locator('h1').waitFor();
      assertEqual(await htmlAttr(page, 'lang'), 'bg', '?lang=bg wins over the browser');
      await page.goto('/contact');
      await page.locator('h1').waitFor();
      assertEqual(await htmlAttr(page, 'lang'), 'bg', 'remembered on the next page');
      const cookies = await page.context().cookies();
      assertEqual(cookies.find((c) => c.name === 'lang')?.value, 'bg', 'lang cookie');

      await page.getByRole('link', { name: 'العربية' }).click();
      await page.locator('html[dir="rtl"]').waitFor({ state: 'attached' });
      assertEqual(await heading(page), ar['portal.contact.heading'], 'switched in place');
      assertEqual(await page.evaluate<string | null>('localStorage.getItem("lang")'), 'ar', 'stored choice');

      const sent = page.waitForRequest((r) => r.url().endsWith('/api/config'));
      await page.reload();
      const request = await sent;
      assertEqual(request.headers()['accept-language'], 'ar', 'Accept-Language of API calls');
    }),
};

const keyboardAndSmallScreen: Check = {
  name: 'portal: keyboard only at 320 px — skip link, open a service, focus lands on its heading',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE', viewport: { width: 320, height: 640 } }, async (page) => {
      await page.goto('/');
      await page.locator('h1').waitFor();
      assert((await horizontalOverflow(page)) <= 0, 'no sideways scrolling at 320 px');
      await page.keyboard.press('Tab');
      assertEqual(
        await page.evaluate<string | null>('document.activeElement && document.activeElement.className'),
        'skip-link',
        'first Tab reaches the skip link',
      );
      const card = page.locator('a.service-card').first();
      await card.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL('**/services/**');
      assertEqual(
        await page.evaluate<string | null>('document.activeElement && document.activeElement.tagName'),
        'H1',
        'focus on the new page heading',
      );
      await page.goBack();
      await page.locator('h1').waitFor();
      assertEqual(await heading(page), nl['portal.home.heading'], 'back button returns home');
      await scan(page, 'portal-home-320px');
    }),
};

export const portalChecks: readonly Check[] = [
  everyLanguageAndPage,
  arabicMirrors,
  browserLanguage,
  explicitChoiceRemembered,
  keyboardAndSmallScreen,
];
