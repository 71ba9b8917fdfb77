import type { PortalLocale } from '../../i18n/locales.ts';
import type { Slot } from './api.ts';
import { formatDate, formatTimeRange, groupSlots } from './format.ts';
import type { OfferfeestT } from './i18n.ts';
import type { OfferfeestMessageKey } from './messages/nl.ts';

/**
 * Radio buttons grouped by site and day, each with its places left or "waiting list". One radio
 * group named `slotId`; the first radio carries the id the error summary links to.
 */
export function SlotPicker(props: {
  slots: readonly Slot[];
  value: string;
  onChange: (id: string) => void;
  problem?: OfferfeestMessageKey;
  t: OfferfeestT;
  locale: PortalLocale;
}) {
  const { t, locale } = props;
  const groups = groupSlots(props.slots);
  if (groups.length === 0) return <p className="case-alert">{t('noSlots')}</p>;
  let first = true;
  return (
    <fieldset
      className={props.problem ? 'case-fieldset of-slots case-field--invalid' : 'case-fieldset of-slots'}
      aria-describedby={props.problem ? 'slotId-error' : undefined}
    >
      <legend>{t('slot')}</legend>
      {props.problem ? (
        <p id="slotId-error" className="case-field__error">
          {t(props.problem)}
        </p>
      ) : null}
      {groups.map((site) => (
        <div key={site.siteId} className="of-slots__site">
          <h3>{site.siteName}</h3>
          {site.days.map((day) => (
            <div key={day.day} className="of-slots__day">
              <h4>{formatDate(day.day, locale)}</h4>
              <ul>
                {day.slots.map((slot) => {
                  const id = first ? 'slotId' : `slot-${slot.id}`;
                  first = false;
                  const full = slot.remaining <= 0;
                  return (
                    <li key={slot.id}>
                      <input
                        type="radio"
                        id={id}
                        name="slotId"
                        value={slot.id}
                        checked={props.value === slot.id}
                        onChange={() => props.onChange(slot.id)}
                      />
                      <label htmlFor={id}>
                        <span dir="ltr">{formatTimeRange(slot.start, slot.end, locale)}</span>{' '}
                        <span className={full ? 'of-slot-state of-slot-state--full' : 'of-slot-state'}>
                          {full ? t('slotWaitlist') : t('slotPlaces', { count: slot.remaining })}
                        </span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </fieldset>
  );
}
