import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type Edition, REQUIRED_OFFERFEEST_LANGUAGES } from '../../../contracts/offerfeest.ts';
import { Button } from '../../components/ui/button.tsx';
import { CheckboxGroup } from '../../components/ui/checkbox-group.tsx';
import { NativeInputField, NativeSelectField } from '../../components/ui/native-fields.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { LOCALE_NAMES, PORTAL_LOCALES, type PortalLocale } from '../../i18n/locales.ts';
import { ApiError } from '../../lib/api-client.ts';
import { createEdition, offerfeestKeys, updateEdition } from './api.ts';
import { describeError } from './errors.ts';
import { centsToInput, toCents } from './format.ts';
import { useOfferfeestI18n } from './i18n.ts';

type Draft = {
  year: string;
  feastStart: string;
  feastEnd: string;
  blockingStart: string;
  blockingEnd: string;
  regime: Edition['regime'];
  languages: PortalLocale[];
  opens: string;
  closes: string;
  reimbursement: string;
};

function draftOf(edition?: Edition): Draft {
  const day = (value: string | null | undefined) => (value ? value.slice(0, 10) : '');
  return {
    year: edition ? String(edition.year) : String(new Date().getFullYear() + 1),
    feastStart: day(edition?.feastStart),
    feastEnd: day(edition?.feastEnd),
    blockingStart: day(edition?.blockingStart),
    blockingEnd: day(edition?.blockingEnd),
    regime: edition?.regime ?? 'slots',
    languages: edition?.languages ?? [...REQUIRED_OFFERFEEST_LANGUAGES],
    opens: day(edition?.registrationOpensAt),
    closes: day(edition?.registrationClosesAt),
    reimbursement: edition ? centsToInput(edition.reimbursementCents) : '0',
  };
}

/** A day typed by staff in Belgium → the instant it starts (or ends) there. */
function instant(day: string, end: boolean): string | undefined {
  return day ? new Date(`${day}T${end ? '23:59:59' : '00:00:00'}`).toISOString() : undefined;
}

/** A new edition, or the dates, languages and regime of an existing one; the server checks the rest. */
export function EditionForm({
  edition,
  onDone,
}: {
  edition?: Edition;
  onDone: (saved: Edition | null) => void;
}) {
  const { t } = useOfferfeestI18n();
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(edition));
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const save = useMutation({
    mutationFn: (body: Parameters<typeof createEdition>[0]) =>
      edition ? updateEdition(edition.id, body) : createEdition(body),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: offerfeestKeys.all });
      onDone(saved);
    },
    onError: (error) => {
      setMessage(describeError(error, t));
      setFields(error instanceof ApiError ? error.fieldErrors : {});
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const reimbursementCents = toCents(draft.reimbursement);
    if (reimbursementCents === null) return setFields({ reimbursementCents: t('form.number') });
    save.mutate({
      year: Number(draft.year),
      feastStart: draft.feastStart,
      feastEnd: draft.feastEnd,
      blockingStart: draft.blockingStart,
      blockingEnd: draft.blockingEnd,
      regime: draft.regime,
      languages: draft.languages,
      registrationOpensAt: instant(draft.opens, false),
      registrationClosesAt: instant(draft.closes, true),
      reimbursementCents,
    });
  };
  const date = (key: keyof Draft & string, label: string, required = true) => (
    <NativeInputField
      name={key}
      type="date"
      label={label}
      value={String(draft[key])}
      onChange={set(key)}
      required={required ? t('field.required') : undefined}
      error={fields[key]}
    />
  );
  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={message} />
      <NativeInputField
        name="year"
        type="number"
        label={t('form.year')}
        value={draft.year}
        onChange={set('year')}
        required={t('field.required')}
        error={fields.year}
      />
      {date('feastStart', t('form.feastStart'))}
      {date('feastEnd', t('form.feastEnd'))}
      {date('blockingStart', t('form.blockingStart'))}
      {date('blockingEnd', t('form.blockingEnd'))}
      <NativeSelectField
        name="regime"
        label={t('form.regime')}
        value={draft.regime}
        onChange={(value) => setDraft((d) => ({ ...d, regime: value === 'reimbursement' ? value : 'slots' }))}
        options={[
          { value: 'slots', label: t('regime.slots') },
          { value: 'reimbursement', label: t('regime.reimbursement') },
        ]}
      />
      <CheckboxGroup
        label={t('form.languages')}
        description={t('form.languagesHint')}
        options={PORTAL_LOCALES.map((id) => ({ id, label: LOCALE_NAMES[id] }))}
        value={draft.languages}
        onChange={(languages) => setDraft((d) => ({ ...d, languages }))}
        error={fields.languages}
      />
      {date('opens', t('form.opens'), false)}
      {date('closes', t('form.closes'), false)}
      <NativeInputField
        name="reimbursement"
        label={t('form.reimbursement')}
        value={draft.reimbursement}
        onChange={set('reimbursement')}
        error={fields.reimbursementCents}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isDisabled={save.isPending}>
          {t('save')}
        </Button>
        <Button onPress={() => onDone(null)}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
