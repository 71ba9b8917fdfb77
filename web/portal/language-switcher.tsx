import type { MouseEvent } from 'react';
import type { Locale } from '../../contracts/identity.ts';
import { LOCALE_NAMES } from '../i18n/locales.ts';
import { usePortalI18n } from './use-portal.ts';

/**
 * Plain links (`?lang=xx`), each named in its own language and marked with `lang`, so they work
 * without JavaScript and a screen reader pronounces each name correctly. With JavaScript the switch
 * happens in place and the choice is remembered.
 */
export function LanguageSwitcher() {
  const { t, locale, available, setLocale } = usePortalI18n();
  const choose = (event: MouseEvent<HTMLAnchorElement>, next: Locale) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void setLocale(next).then(() => {
      const url = new URL(window.location.href);
      url.searchParams.delete('lang');
      window.history.replaceState(null, '', url);
    });
  };
  return (
    <nav aria-label={t('portal.language.label')} className="language-switcher">
      <ul>
        {available.map((code) => (
          <li key={code}>
            <a
              href={`?lang=${code}`}
              lang={code}
              hrefLang={code}
              aria-current={code === locale ? 'true' : undefined}
              onClick={(event) => choose(event, code)}
            >
              {LOCALE_NAMES[code]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
