import { type FormEvent, useState } from 'react';
import { useMe } from '../../app/session.tsx';
import { Button } from '../../components/ui/button.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { inviteRequester } from './api.ts';
import { describeError } from './describe-error.ts';
import { useInterpretingI18n } from './i18n.ts';

/**
 * A requester gives a colleague of her own organisation an account: the server creates it without
 * a password and mails a link to choose one. Only shown to someone with an organisation.
 */
export function InviteColleague() {
  const { t } = useInterpretingI18n();
  const me = useMe();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [invited, setInvited] = useState<string | null>(null);
  const organisationId = me.organisationId;
  if (!organisationId) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    setInvited(null);
    try {
      const user = await inviteRequester(organisationId, { name: name.trim(), email: email.trim() });
      setInvited(user.email);
      setName('');
      setEmail('');
    } catch (cause) {
      setError(describeError(cause));
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="interp-section" aria-labelledby="invite-colleague">
      <h2 id="invite-colleague">{t('invite.title')}</h2>
      <p>{t('invite.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <TextField label={t('invite.name')} name="name" value={name} onChange={setName} isRequired />
        <TextField
          label={t('invite.email')}
          name="email"
          type="email"
          value={email}
          onChange={setEmail}
          isRequired
        />
        <FormError message={error} />
        {invited ? (
          <p role="status" className="interp-invited">
            {t('invite.done', { email: invited })}
          </p>
        ) : null}
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={pending}>
            {t('invite.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
