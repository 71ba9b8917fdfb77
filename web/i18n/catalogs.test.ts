import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../contracts/identity.ts';
import { SERVICES } from '../portal/services.ts';
import * as appEn from './catalogs/app/en.ts';
import * as appNl from './catalogs/app/nl.ts';
import * as portalAr from './catalogs/portal/ar.ts';
import * as portalBg from './catalogs/portal/bg.ts';
import * as portalEn from './catalogs/portal/en.ts';
import * as portalFr from './catalogs/portal/fr.ts';
import * as portalNl from './catalogs/portal/nl.ts';
import * as portalTr from './catalogs/portal/tr.ts';
import * as uiAr from './catalogs/ui/ar.ts';
import * as uiBg from './catalogs/ui/bg.ts';
import * as uiEn from './catalogs/ui/en.ts';
import * as uiFr from './catalogs/ui/fr.ts';
import * as uiNl from './catalogs/ui/nl.ts';
import * as uiTr from './catalogs/ui/tr.ts';
import { APP_LOCALES, intlTag, PORTAL_LOCALES } from './locales.ts';

type Catalog = Readonly<Record<string, string>>;

/** Each area and the locales it must be complete in (the app is Dutch with English available). */
const AREAS: Record<string, Record<string, Catalog>> = {
  ui: { nl: uiNl.ui, en: uiEn.ui, fr: uiFr.ui, tr: uiTr.ui, bg: uiBg.ui, ar: uiAr.ui },
  portal: {
    nl: portalNl.portal,
    en: portalEn.portal,
    fr: portalFr.portal,
    tr: portalTr.portal,
    bg: portalBg.portal,
    ar: portalAr.portal,
  },
  app: { nl: appNl.app, en: appEn.app },
};
const REQUIRED: Record<string, readonly string[]> = {
  ui: PORTAL_LOCALES,
  portal: PORTAL_LOCALES,
  app: APP_LOCALES,
};

/** A value for every argument in a message, so formatting exercises plural and select branches. */
function sampleValues(message: IntlMessageFormat, count: number): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  const visit = (elements: ReturnType<IntlMessageFormat['getAst']>) => {
    for (const el of elements) {
      if ('value' in el && typeof el.value === 'string' && el.type !== 0) values[el.value] = count;
      if ('options' in el) for (const option of Object.values(el.options)) visit(option.value);
    }
  };
  visit(message.getAst());
  return values;
}

describe('message catalogs', () => {
  it('cover exactly the locales of the contract', () => {
    expect([...PORTAL_LOCALES].sort()).toEqual([...LOCALES].sort());
  });

  for (const [area, byLocale] of Object.entries(AREAS)) {
    const reference = Object.keys(byLocale.nl ?? {}).sort();

    for (const locale of REQUIRED[area] ?? []) {
      it(`${area}/${locale} has every key of ${area}/nl and no others`, () => {
        expect(Object.keys(byLocale[locale] ?? {}).sort()).toEqual(reference);
      });

      it(`${area}/${locale}: every message parses and formats with ICU`, () => {
        const tag = intlTag(locale as (typeof LOCALES)[number]);
        for (const [key, source] of Object.entries(byLocale[locale] ?? {})) {
          expect(source.trim(), `${area}/${locale} ${key} is empty`).not.toBe('');
          // An ASCII apostrophe is ICU's escape character; typographic ’ is always literal.
          expect(source, `${area}/${locale} ${key} uses ' (write ’)`).not.toContain("'");
          const message = new IntlMessageFormat(source, tag, undefined, { ignoreTag: true });
          for (const n of [0, 1, 2, 5, 11, 100]) {
            expect(() => message.format(sampleValues(message, n)), `${area}/${locale} ${key}`).not.toThrow();
          }
        }
      });

      it(`${area}/${locale}: arguments match the Dutch message`, () => {
        for (const key of reference) {
          const names = (src: string | undefined) =>
            new Set(
              Object.keys(
                sampleValues(new IntlMessageFormat(src ?? '', 'en', undefined, { ignoreTag: true }), 1),
              ),
            );
          expect(names(byLocale[locale]?.[key]), `${area}/${locale} ${key}`).toEqual(
            names(byLocale.nl?.[key]),
          );
        }
      });
    }
  }

  it('every portal service has a title and summary, and every service message has a service', () => {
    const slugs = new Set(SERVICES.map((s) => s.slug));
    const inCatalog = new Set(
      Object.keys(portalNl.portal)
        .filter((k) => k.startsWith('service.'))
        .map((k) => k.split('.')[1]),
    );
    expect(inCatalog).toEqual(slugs);
  });
});
