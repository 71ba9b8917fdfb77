import { GENDERS } from '../../../contracts/interpreting.ts';
import { SingleCheckbox } from '../../components/ui/checkbox-group.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useDispatchI18n } from './i18n.ts';
import type { FieldsProps } from './interpreter-fields.tsx';
import { WEEKDAYS } from './interpreter-form.ts';

/** Where she lives and how far she travels; when she works, her limits and (with consent) her gender. */

export function PlaceFields({ values, errors, set }: FieldsProps) {
  const { t } = useDispatchI18n();
  return (
    <fieldset>
      <legend>{t('form.place')}</legend>
      <div className="interp-row">
        <TextField
          label={t('form.postcode')}
          name="homePostcode"
          autoComplete="off"
          value={values.homePostcode}
          onChange={(v) => set('homePostcode', v)}
          error={errors.homePostcode}
        />
        <TextField
          label={t('form.maxTravelKm')}
          name="maxTravelKm"
          inputMode="decimal"
          value={values.maxTravelKm}
          onChange={(v) => set('maxTravelKm', v)}
          error={errors.maxTravelKm}
        />
      </div>
      <div className="interp-row">
        <TextField
          label={t('form.lat')}
          name="lat"
          inputMode="decimal"
          description={t('form.geo.help')}
          value={values.lat}
          onChange={(v) => set('lat', v)}
          error={errors.lat ?? errors.home}
        />
        <TextField
          label={t('form.lon')}
          name="lon"
          inputMode="decimal"
          value={values.lon}
          onChange={(v) => set('lon', v)}
          error={errors.lon}
        />
      </div>
    </fieldset>
  );
}

export function TimeFields({ values, errors, set }: FieldsProps) {
  const { t } = useDispatchI18n();
  const genders = [
    { id: 'none', label: t('form.genderNone') },
    ...GENDERS.map((id) => ({ id, label: t(`gender.${id}`) })),
  ];
  return (
    <fieldset>
      <legend>{t('form.time')}</legend>
      <p className="field__description">{t('form.windows.help')}</p>
      <div className="interp-row">
        {WEEKDAYS.map((day) => (
          <TextField
            key={day}
            label={t(`weekday.${day}`)}
            name={`windows-${day}`}
            value={values.windows[day - 1] ?? ''}
            onChange={(v) =>
              set(
                'windows',
                values.windows.map((w, i) => (i === day - 1 ? v : w)),
              )
            }
            error={errors[`windows.${day}`]}
          />
        ))}
      </div>
      <div className="interp-row">
        <TextField
          label={t('form.maxHoursPerDay')}
          name="maxHoursPerDay"
          inputMode="decimal"
          isRequired
          value={values.maxHoursPerDay}
          onChange={(v) => set('maxHoursPerDay', v)}
          error={errors.maxHoursPerDay}
        />
        <TextField
          label={t('form.maxHoursPerWeek')}
          name="maxHoursPerWeek"
          inputMode="decimal"
          isRequired
          value={values.maxHoursPerWeek}
          onChange={(v) => set('maxHoursPerWeek', v)}
          error={errors.maxHoursPerWeek}
        />
      </div>
      <SingleCheckbox value={values.genderConsent} onChange={(v) => set('genderConsent', v)}>
        {t('form.genderConsent')}
      </SingleCheckbox>
      {values.genderConsent ? (
        <Select
          label={t('form.gender')}
          name="gender"
          options={genders}
          value={values.gender || 'none'}
          onChange={(v) => set('gender', GENDERS.find((g) => g === v) ?? '')}
          error={errors.gender}
        />
      ) : (
        <p className="field__description">{t('form.genderConsent.help')}</p>
      )}
    </fieldset>
  );
}
