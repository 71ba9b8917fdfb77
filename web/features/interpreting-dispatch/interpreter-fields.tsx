import { INTERPRETING_MODES, LANGUAGE_DIRECTIONS, SPECIALISMS } from '../../../contracts/interpreting.ts';
import { Button } from '../../components/ui/button.tsx';
import { CheckboxGroup, SingleCheckbox } from '../../components/ui/checkbox-group.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { interpretingTranslator } from '../interpreting/i18n.ts';
import { languageOptions } from '../interpreting/languages.ts';
import { useDispatchI18n } from './i18n.ts';
import type { InterpreterFormValues, LanguageRow } from './interpreter-form.ts';

export type FieldsProps = {
  values: InterpreterFormValues;
  errors: Record<string, string>;
  set: <K extends keyof InterpreterFormValues>(key: K, value: InterpreterFormValues[K]) => void;
  /** The edit page also shows the status (active or inactive). */
  withStatus?: boolean;
};

export function PersonFields({ values, errors, set, withStatus }: FieldsProps) {
  const { t } = useDispatchI18n();
  return (
    <fieldset>
      <legend>{t('form.person')}</legend>
      <div className="interp-row">
        <TextField
          label={t('form.givenName')}
          name="givenName"
          isRequired
          value={values.givenName}
          onChange={(v) => set('givenName', v)}
          error={errors.givenName}
        />
        <TextField
          label={t('form.familyName')}
          name="familyName"
          isRequired
          value={values.familyName}
          onChange={(v) => set('familyName', v)}
          error={errors.familyName}
        />
      </div>
      <div className="interp-row">
        <TextField
          label={t('form.email')}
          name="email"
          type="email"
          isRequired
          value={values.email}
          onChange={(v) => set('email', v)}
          error={errors.email}
        />
        <TextField
          label={t('form.phone')}
          name="phone"
          type="tel"
          value={values.phone}
          onChange={(v) => set('phone', v)}
          error={errors.phone}
        />
      </div>
      <div className="interp-row">
        <Select
          label={t('form.kind')}
          name="kind"
          options={[
            { id: 'freelance', label: t('kind.freelance') },
            { id: 'volunteer', label: t('kind.volunteer') },
          ]}
          value={values.kind}
          onChange={(v) => set('kind', v ?? 'freelance')}
        />
        {withStatus ? (
          <Select
            label={t('form.status')}
            name="status"
            options={[
              { id: 'active', label: t('status.active') },
              { id: 'inactive', label: t('status.inactive') },
            ]}
            value={values.status}
            onChange={(v) => set('status', v ?? 'active')}
          />
        ) : null}
      </div>
      <SingleCheckbox value={values.translates} onChange={(v) => set('translates', v)}>
        {t('form.translates')}
      </SingleCheckbox>
    </fieldset>
  );
}

function LanguageRowFields(props: FieldsProps & { index: number }) {
  const { t } = useDispatchI18n();
  const { values, set, index } = props;
  const row = values.languages[index] ?? { language: '', variant: '', direction: 'both' };
  const n = index + 1;
  const update = (patch: Partial<LanguageRow>) =>
    set(
      'languages',
      values.languages.map((r, i) => (i === index ? { ...r, ...patch } : r)),
    );
  const languages = languageOptions();
  return (
    <div className="dispatch-repeat" data-language-row={n}>
      <Select
        label={t('form.languageN', { n })}
        name={`language-${n}`}
        isRequired
        options={languages}
        value={languages.find((o) => o.id === row.language)?.id ?? null}
        onChange={(v) => update({ language: v ?? '' })}
        error={index === 0 ? props.errors.languages : undefined}
      />
      <TextField
        label={t('form.variant', { n })}
        name={`variant-${n}`}
        value={row.variant}
        onChange={(v) => update({ variant: v })}
      />
      <Select
        label={t('form.direction', { n })}
        name={`direction-${n}`}
        options={LANGUAGE_DIRECTIONS.map((id) => ({ id, label: t(`direction.${id}`) }))}
        value={row.direction}
        onChange={(v) => update({ direction: v ?? 'both' })}
      />
      {values.languages.length > 1 ? (
        <Button
          variant="quiet"
          onPress={() =>
            set(
              'languages',
              values.languages.filter((_, i) => i !== index),
            )
          }
        >
          {t('form.removeLanguage', { n })}
        </Button>
      ) : null}
    </div>
  );
}

export function WorkFields(props: FieldsProps) {
  const { t } = useDispatchI18n();
  const { values, errors, set } = props;
  const modeText = (id: string) => interpretingTranslator.maybe(`mode.${id}`) ?? id;
  return (
    <fieldset>
      <legend>{t('form.work')}</legend>
      {values.languages.map((_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the rows keep no state of their own; the form holds it
        <LanguageRowFields key={index} {...props} index={index} />
      ))}
      <div>
        <Button
          onPress={() =>
            set('languages', [...values.languages, { language: '', variant: '', direction: 'both' }])
          }
        >
          {t('form.addLanguage')}
        </Button>
      </div>
      <CheckboxGroup
        label={t('form.modes')}
        options={INTERPRETING_MODES.map((id) => ({ id, label: modeText(id) }))}
        value={values.modes}
        onChange={(v) => set('modes', v)}
        error={errors.modes}
        isRequired
      />
      <CheckboxGroup
        label={t('form.specialisms')}
        options={SPECIALISMS.map((id) => ({ id, label: t(`specialism.${id}`) }))}
        value={values.specialisms}
        onChange={(v) => set('specialisms', v)}
        error={errors.specialisms}
      />
      <TextField
        label={t('form.certification')}
        name="certificationValidUntil"
        type="date"
        description={t('form.certification.help')}
        value={values.certificationValidUntil}
        onChange={(v) => set('certificationValidUntil', v)}
        error={errors.certificationValidUntil}
      />
    </fieldset>
  );
}
