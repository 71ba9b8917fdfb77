import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { PasswordResetRequestSchema } from '../../../contracts/identity.ts';
import { Button } from '../../components/ui/button.tsx';
import { useForm } from '../../components/ui/form.ts';
import { FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { requestPasswordReset } from '../api/identity-api.ts';
import { useAppI18n } from '../app-catalogs.ts';
import { PageHeader } from '../shell/page-header.tsx';

export function ForgotPasswordPage() {
  const { t } = useAppI18n();
  const [sent, setSent] = useState(false);
  const form = useForm(PasswordResetRequestSchema, { email: '' });
  const submit = form.handleSubmit(async ({ email }) => {
    await requestPasswordReset(email);
    setSent(true);
  });
  return (
    <>
      <PageHeader title={t('reset.request.title')} />
      {sent ? (
        <p role="status" className="notice">
          {t('reset.request.sent')}
        </p>
      ) : (
        <>
          <p>{t('reset.request.intro')}</p>
          <Form onSubmit={submit} ref={form.formRef} className="form" validationBehavior="aria">
            <FormError message={form.formError} />
            <TextField
              label={t('login.email')}
              name="email"
              type="email"
              autoComplete="email"
              isRequired
              value={form.values.email}
              onChange={(v) => form.set('email', v)}
              error={form.errors.email}
            />
            <Button type="submit" variant="primary" isPending={form.isPending} className="btn--block">
              {t('reset.request.submit')}
            </Button>
          </Form>
        </>
      )}
      <p>
        <Link to="/login">{t('reset.backToLogin')}</Link>
      </p>
    </>
  );
}
