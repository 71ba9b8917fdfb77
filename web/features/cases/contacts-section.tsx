import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CONTACT_CHANNEL_LABELS, CONTACT_CHANNELS } from '../../../contracts/case-work.ts';
import { casesKeys } from './api.ts';
import { formatDateTime } from './case-format.ts';
import { useCasesI18n } from './i18n.ts';
import { InputField, SelectField } from './parts.tsx';
import { addContact, listContacts } from './work-api.ts';
import { useWorkMutation, WorkForm, WorkList } from './work-common.tsx';

type Channel = (typeof CONTACT_CHANNELS)[number];

/** The contact log: phone calls, visits, mails and video calls with the client. */
export function ContactsSection({ caseId, editable }: { caseId: string; editable: boolean }) {
  const { t } = useCasesI18n();
  const [channel, setChannel] = useState<Channel>('phone');
  const [direction, setDirection] = useState<'in' | 'out'>('in');
  const [summary, setSummary] = useState('');
  const [minutes, setMinutes] = useState('');
  const query = useQuery({
    queryKey: casesKeys.work(caseId, 'contacts'),
    queryFn: () => listContacts(caseId),
  });
  const add = useWorkMutation(
    caseId,
    'contacts',
    () =>
      addContact(caseId, {
        channel,
        direction,
        summary: summary.trim(),
        ...(minutes.trim() ? { minutes: Number(minutes) } : {}),
      }),
    () => {
      setSummary('');
      setMinutes('');
    },
  );
  const submit = () => {
    const n = Number(minutes);
    const errors: Record<string, string> = {};
    if (!summary.trim()) errors.summary = t('error.validation');
    if (minutes.trim() && (!Number.isInteger(n) || n < 0 || n > 1440)) errors.minutes = t('error.validation');
    if (Object.keys(errors).length > 0) {
      add.setErrors(errors);
      return;
    }
    add.mutation.mutate(undefined);
  };
  return (
    <>
      <WorkList
        query={query}
        empty={t('contacts.none')}
        label={t('tab.contacts')}
        render={(c) => (
          <li key={c.id} className="cases-work-item">
            <strong>{CONTACT_CHANNEL_LABELS[c.channel]}</strong> (
            {c.direction === 'in' ? t('contacts.in') : t('contacts.out')}) — {c.summary}
            <span className="cases-meta">
              {' '}
              · {formatDateTime(c.at)}
              {c.minutes !== null ? ` · ${c.minutes} min` : ''}
              {c.by ? ` · ${c.by.name}` : ''}
            </span>
          </li>
        )}
      />
      {editable ? (
        <WorkForm
          title={t('contacts.add')}
          submit={t('contacts.add')}
          pending={add.mutation.isPending}
          message={add.message}
          onSubmit={submit}
        >
          <div className="cases-grid">
            <SelectField
              label={t('contacts.channel')}
              name="channel"
              value={channel}
              onChange={(v) => setChannel(CONTACT_CHANNELS.find((c) => c === v) ?? 'phone')}
              options={CONTACT_CHANNELS.map((c) => ({ value: c, label: CONTACT_CHANNEL_LABELS[c] }))}
            />
            <SelectField
              label={t('contacts.direction')}
              name="direction"
              value={direction}
              onChange={(v) => setDirection(v === 'out' ? 'out' : 'in')}
              options={[
                { value: 'in', label: t('contacts.in') },
                { value: 'out', label: t('contacts.out') },
              ]}
            />
            <InputField
              label={t('contacts.minutes')}
              name="minutes"
              type="number"
              step="1"
              value={minutes}
              onChange={setMinutes}
              error={add.errors.minutes}
            />
          </div>
          <InputField
            label={t('contacts.summary')}
            name="summary"
            multiline
            required
            value={summary}
            onChange={setSummary}
            error={add.errors.summary}
          />
        </WorkForm>
      ) : null}
    </>
  );
}
