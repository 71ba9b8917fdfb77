import { useQuery } from '@tanstack/react-query';
import {
  ALLOWED_CONVERSATION_TYPES,
  INTERPRETING_MODES,
  INTERPRETING_SECTORS,
} from '../../../contracts/interpreting.ts';
import { SingleCheckbox } from '../../components/ui/checkbox-group.tsx';
import { Select, type SelectOption } from '../../components/ui/select.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { interpretingKeys, listOrganisations } from './api.ts';
import type { BookFormField, BookFormValues } from './book-form.ts';
import { ChoiceGroup } from './choice-group.tsx';
import { useInterpretingI18n } from './i18n.ts';
import { LANGUAGE_VARIANTS, languageOptions, variantName } from './languages.ts';

export type FieldsProps = {
  values: BookFormValues;
  errors: Record<string, string>;
  set: <K extends BookFormField>(key: K, value: BookFormValues[K]) => void;
};

const NONE = 'none';

/** Picks the option whose id equals the form's value; the form keeps '' for "not chosen". */
function selected<K extends string>(options: readonly SelectOption<K>[], value: unknown): K | null {
  return options.find((o) => o.id === value)?.id ?? null;
}

export function WhatFields({ values, errors, set }: FieldsProps) {
  const { t } = useInterpretingI18n();
  const languages = languageOptions();
  const variants = LANGUAGE_VARIANTS[values.language] ?? [];
  const alternatives = [{ id: NONE, label: t('book.alternative.none') }, ...languages];
  return (
    <fieldset>
      <legend>{t('book.section.what')}</legend>
      <ChoiceGroup
        label={t('book.mode')}
        name="mode"
        options={INTERPRETING_MODES.map((id) => ({ id, label: t(`mode.${id}`) }))}
        value={values.mode}
        onChange={(v) => set('mode', v)}
        error={errors.mode}
      />
      <div className="interp-row">
        <Select
          label={t('book.language')}
          name="language"
          isRequired
          options={languages}
          value={selected(languages, values.language)}
          onChange={(v) => {
            set('language', v ?? '');
            set('variant', '');
          }}
          error={errors.language}
        />
        {variants.length > 0 ? (
          <Select
            label={t('book.variant')}
            name="variant"
            options={[
              { id: NONE, label: t('book.variant.none') },
              ...variants.map((id) => ({ id, label: variantName(id) })),
            ]}
            value={values.variant || NONE}
            onChange={(v) => set('variant', v === NONE || v === null ? '' : v)}
            error={errors.variant}
          />
        ) : null}
      </div>
      <div className="interp-row">
        <Select
          label={t('book.alternative1')}
          name="alternative1"
          description={t('book.alternative.help')}
          options={alternatives}
          value={values.alternative1 || NONE}
          onChange={(v) => set('alternative1', v === NONE || v === null ? '' : v)}
          error={errors.alternative1}
        />
        {values.alternative1 ? (
          <Select
            label={t('book.alternative2')}
            name="alternative2"
            options={alternatives}
            value={values.alternative2 || NONE}
            onChange={(v) => set('alternative2', v === NONE || v === null ? '' : v)}
            error={errors.alternative2}
          />
        ) : null}
      </div>
    </fieldset>
  );
}

export function WhenFields({ values, errors, set }: FieldsProps) {
  const { t } = useInterpretingI18n();
  return (
    <fieldset>
      <legend>{t('book.section.when')}</legend>
      <div className="interp-row">
        <TextField
          label={t('book.date')}
          name="date"
          type="date"
          isRequired
          value={values.date}
          onChange={(v) => set('date', v)}
          error={errors.date}
        />
        <TextField
          label={t('book.time')}
          name="time"
          type="time"
          isRequired
          value={values.time}
          onChange={(v) => set('time', v)}
          error={errors.time}
        />
        <TextField
          label={t('book.duration')}
          name="durationMinutes"
          type="number"
          inputMode="numeric"
          isRequired
          value={values.durationMinutes}
          onChange={(v) => set('durationMinutes', v)}
          error={errors.durationMinutes}
        />
      </div>
      <ChoiceGroup
        label={t('book.recurrence')}
        name="recurrence"
        options={[
          { id: 'none', label: t('book.recurrence.none') },
          { id: 'weekly', label: t('book.recurrence.weekly') },
        ]}
        value={values.recurrence}
        onChange={(v) => set('recurrence', v)}
      />
      {values.recurrence === 'weekly' ? (
        <TextField
          label={t('book.recurrenceCount')}
          name="recurrenceCount"
          type="number"
          inputMode="numeric"
          value={values.recurrenceCount}
          onChange={(v) => set('recurrenceCount', v)}
          error={errors.recurrenceCount}
        />
      ) : null}
    </fieldset>
  );
}

export function WhereFields({ values, errors, set }: FieldsProps) {
  const { t } = useInterpretingI18n();
  return (
    <fieldset>
      <legend>{t('book.section.where')}</legend>
      {values.mode === 'on_site' ? (
        <div className="interp-row">
          <TextField
            label={t('book.address')}
            name="address"
            autoComplete="street-address"
            isRequired
            value={values.address}
            onChange={(v) => set('address', v)}
            error={errors.address}
          />
          <TextField
            label={t('book.room')}
            name="room"
            value={values.room}
            onChange={(v) => set('room', v)}
            error={errors.room}
          />
        </div>
      ) : values.mode === 'phone' ? (
        <TextField
          label={t('book.phoneNumber')}
          name="phoneNumber"
          type="tel"
          isRequired
          value={values.phoneNumber}
          onChange={(v) => set('phoneNumber', v)}
          error={errors.phoneNumber}
        />
      ) : (
        <TextField
          label={t('book.videoLink')}
          name="videoLink"
          type="url"
          isRequired
          value={values.videoLink}
          onChange={(v) => set('videoLink', v)}
          error={errors.videoLink}
        />
      )}
    </fieldset>
  );
}

export function AboutFields({ values, errors, set }: FieldsProps) {
  const { t } = useInterpretingI18n();
  const sectors = INTERPRETING_SECTORS.map((id) => ({ id, label: t(`sector.${id}`) }));
  const types = ALLOWED_CONVERSATION_TYPES.map((id) => ({ id, label: t(`conversation.${id}`) }));
  return (
    <fieldset>
      <legend>{t('book.section.about')}</legend>
      <div className="interp-row">
        <Select
          label={t('book.sector')}
          name="sector"
          isRequired
          options={sectors}
          value={selected(sectors, values.sector)}
          onChange={(v) => set('sector', v ?? '')}
          error={errors.sector}
        />
        <Select
          label={t('book.conversationType')}
          name="conversationType"
          isRequired
          options={types}
          value={selected(types, values.conversationType)}
          onChange={(v) => set('conversationType', v ?? '')}
          error={errors.conversationType}
        />
      </div>
      <TextField
        label={t('book.clientReference')}
        name="clientReference"
        description={t('book.clientReference.help')}
        isRequired
        autoComplete="off"
        value={values.clientReference}
        onChange={(v) => set('clientReference', v)}
        error={errors.clientReference}
      />
      <TextField
        label={t('book.preparationNotes')}
        name="preparationNotes"
        description={t('book.preparationNotes.help')}
        multiline
        value={values.preparationNotes}
        onChange={(v) => set('preparationNotes', v)}
        error={errors.preparationNotes}
      />
    </fieldset>
  );
}

/** For staff who book on behalf of an organisation: which one, and whether it is urgent. */
export function StaffFields({ values, errors, set }: FieldsProps) {
  const { t } = useInterpretingI18n();
  const organisations = useQuery({ queryKey: interpretingKeys.organisations, queryFn: listOrganisations });
  const options = (organisations.data?.items ?? []).map((o) => ({ id: o.id, label: o.name }));
  return (
    <fieldset>
      <legend>{t('book.section.staff')}</legend>
      <Select
        label={t('book.organisation')}
        name="organisationId"
        description={t('book.organisation.help')}
        options={options}
        value={selected(options, values.organisationId)}
        onChange={(v) => set('organisationId', v ?? '')}
        error={errors.organisationId}
      />
      <SingleCheckbox value={values.urgent} onChange={(v) => set('urgent', v)}>
        {t('book.urgent')}
      </SingleCheckbox>
    </fieldset>
  );
}
