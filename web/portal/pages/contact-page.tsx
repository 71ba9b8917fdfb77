import { intlTag } from '../../i18n/locales.ts';
import { DEFAULT_CONTACT, type OpeningHours } from '../../lib/public-config.ts';
import { PageHeading } from '../page-heading.tsx';
import { usePortalConfig, usePortalI18n } from '../use-portal.ts';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Weekday names come from Intl, so every language gets them without catalog entries. */
function weekdayName(tag: string, isoDay: number): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, isoDay));
}

function formatRange(tag: string, range: string): string {
  const fmt = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  const [from, to] = range.split('-').map((hm) => {
    const [h = 0, m = 0] = hm.split(':').map(Number);
    return fmt.format(Date.UTC(2024, 0, 1, h, m));
  });
  return `${from} – ${to}`;
}

function HoursTable({ hours }: { hours: OpeningHours }) {
  const { t, locale } = usePortalI18n();
  const tag = intlTag(locale);
  return (
    <table className="hours">
      <caption className="visually-hidden">{t('portal.contact.hours')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('portal.contact.day')}</th>
          <th scope="col">{t('portal.contact.time')}</th>
        </tr>
      </thead>
      <tbody>
        {WEEKDAYS.map((day) => {
          const ranges = hours[day] ?? [];
          return (
            <tr key={day}>
              <th scope="row">{weekdayName(tag, day)}</th>
              <td>
                {ranges.length === 0
                  ? t('portal.contact.closed')
                  : ranges.map((r) => (
                      <span key={r} className="hours__range">
                        {formatRange(tag, r)}
                      </span>
                    ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function ContactPage() {
  const { t } = usePortalI18n();
  const { brandName, contact = DEFAULT_CONTACT } = usePortalConfig();
  return (
    <>
      <PageHeading title={t('portal.contact.heading')} />
      <p className="lead">{t('portal.contact.intro')}</p>
      <div className="contact-grid">
        <section aria-labelledby="contact-address">
          <h2 id="contact-address">{t('portal.contact.address')}</h2>
          <address>
            <strong>{brandName}</strong>
            {contact.addressLines.map((line) => (
              <span key={line} className="address-line">
                {line}
              </span>
            ))}
          </address>
          <dl className="contact-list">
            <dt>{t('portal.contact.phone')}</dt>
            <dd>
              <a href={`tel:${contact.phone.replace(/\s+/g, '')}`} dir="ltr">
                {contact.phone}
              </a>
            </dd>
            <dt>{t('portal.contact.email')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </dl>
        </section>
        <section aria-labelledby="contact-hours">
          <h2 id="contact-hours">{t('portal.contact.hours')}</h2>
          <HoursTable hours={contact.hours} />
        </section>
      </div>
    </>
  );
}
