import { LOCALE_NAMES } from '../../i18n/locales.ts';
import { useAppI18n } from '../app-catalogs.ts';

/** Nederlands / English before signing in; afterwards the profile's language decides. */
export function AppLanguageSwitch() {
  const { t, locale, available, setLocale } = useAppI18n();
  return (
    <fieldset className="language-toggle">
      <legend className="visually-hidden">{t('shell.language')}</legend>
      {available.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="btn btn--quiet"
          aria-pressed={code === locale}
          onClick={() => void setLocale(code)}
        >
          {LOCALE_NAMES[code]}
        </button>
      ))}
    </fieldset>
  );
}
