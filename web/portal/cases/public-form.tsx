import type { FormEvent, ReactNode } from 'react';
import { ErrorSummary, FormAlert, PrivacyNote, SubmitButton, TextInput } from './form-parts.tsx';
import type { Problems } from './form-rules.ts';
import type { CasesT } from './i18n.ts';
import { SentView } from './sent-view.tsx';
import type { Send } from './use-send.ts';

/**
 * The frame every public case form shares: once sent, the receipt with its code; before that the
 * intro, the error summary (focused again on each refused attempt), the alert for a refusal that
 * belongs to no field, the form's own fields, the privacy note and the send button.
 */
export function PublicForm(props: {
  send: Send;
  email: string;
  labels: Record<string, string>;
  t: CasesT['t'];
  onSubmit: (event: FormEvent) => void;
  lead?: string;
  children: ReactNode;
}) {
  const { send, t } = props;
  if (send.state.kind === 'done') return <SentView code={send.state.code} email={props.email.trim()} t={t} />;
  return (
    <>
      {props.lead ? <p className="lead">{props.lead}</p> : null}
      <ErrorSummary key={send.attempt} problems={send.problems} labels={props.labels} t={t} />
      <FormAlert message={send.state.kind === 'failed' ? t(send.state.message) : null} />
      <form className="case-form" noValidate onSubmit={props.onSubmit}>
        {props.children}
        <PrivacyNote t={t} />
        <SubmitButton sending={send.state.kind === 'sending'} t={t} />
      </form>
    </>
  );
}

type Contact = { name: string; email: string; phone: string };

/**
 * Name, e-mail and phone, as every public form asks them. The guidance request takes e-mail or
 * phone (`emailOptional`, with a hint between name and e-mail that says so).
 */
export function ContactFields(props: {
  values: Contact;
  set: (field: keyof Contact) => (value: string) => void;
  problems: Problems;
  t: CasesT['t'];
  emailOptional?: boolean;
  contactHint?: string;
}) {
  const { values, set, problems: p, t } = props;
  return (
    <>
      <TextInput
        id="name"
        label={t('name')}
        t={t}
        problem={p.name}
        value={values.name}
        onChange={set('name')}
        autoComplete="name"
        required
        maxLength={200}
      />
      {props.contactHint ? (
        <p className="case-field__hint" id="contact-hint">
          {props.contactHint}
        </p>
      ) : null}
      <TextInput
        id="email"
        type="email"
        label={t('email')}
        optional={props.emailOptional ? t('optional') : undefined}
        hint={t('emailHint')}
        t={t}
        problem={p.email}
        value={values.email}
        onChange={set('email')}
        autoComplete="email"
        required={!props.emailOptional}
      />
      <TextInput
        id="phone"
        type="tel"
        label={t('phone')}
        optional={t('optional')}
        t={t}
        problem={p.phone}
        value={values.phone}
        onChange={set('phone')}
        autoComplete="tel"
        maxLength={30}
      />
    </>
  );
}
