import { Link, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { z } from 'zod';
import { PasswordSchema } from '../../../contracts/identity.ts';
import { Button } from '../../components/ui/button.tsx';
import { useForm } from '../../components/ui/form.ts';
import { FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { confirmPasswordReset } from '../api/identity-api.ts';
import { useAppI18n } from '../app-catalogs.ts';
import { PageHeader } from '../shell/page-header.tsx';

// The repeat field exists only in the browser; the contract carries one password.
const NewPasswordSchema = z
  .object({ password: PasswordSchema, repeat: z.string() })
  .refine((v) => v.password === v.repeat, { path: ['repeat'], message: 'mismatch' });

export function ResetPasswordPage() {
  const { t } = useAppI18n();
  const search: Record<string, unknown> = useSearch({ strict: false });
  const token = typeof search.token === 'string' ? search.token : '';
  const [done, setDone] = useState(false);
  const form = useForm(NewPasswordSchema, { password: '', repeat: '' });
  const submit = form.handleSubmit(async ({ password }) => {
    await confirmPasswordReset({ token, password });
    setDone(true);
  });
  const repeatError = form.errors.repeat ? t('reset.confirm.mismatch') : undefined;

  return (
    <>
      <PageHeader title={t('reset.confirm.title')} />
      {!token ? (
        <p role="alert" className="form-error">
          {t('error.AUTH.TOKEN_INVALID')}
        </p>
      ) : done ? (
        <p role="status" className="notice">
          {t('reset.confirm.done')}
        </p>
      ) : (
        <Form onSubmit={submit} ref={form.formRef} className="form" validationBehavior="aria">
          <FormError message={form.formError} />
          <TextField
            label={t('reset.confirm.password')}
            description={t('password.rule')}
            name="password"
            type="password"
            autoComplete="new-password"
            isRequired
            value={form.values.password}
            onChange={(v) => form.set('password', v)}
            error={form.errors.password}
          />
          <TextField
            label={t('reset.confirm.repeat')}
            name="repeat"
            type="password"
            autoComplete="new-password"
            isRequired
            value={form.values.repeat}
            onChange={(v) => form.set('repeat', v)}
            error={repeatError}
          />
          <Button type="submit" variant="primary" isPending={form.isPending} className="btn--block">
            {t('reset.confirm.submit')}
          </Button>
        </Form>
      )}
      <p>
        <Link to="/login">{t('reset.backToLogin')}</Link>
      </p>
    </>
  );
}
