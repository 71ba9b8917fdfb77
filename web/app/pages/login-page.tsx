import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Form } from 'react-aria-components';
import { LoginRequestSchema } from '../../../contracts/identity.ts';
import { Button } from '../../components/ui/button.tsx';
import { useForm } from '../../components/ui/form.ts';
import { FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { APP_LOCALES, isLocaleIn } from '../../i18n/locales.ts';
import { login } from '../api/identity-api.ts';
import { useAppI18n } from '../app-catalogs.ts';
import { useSetMe } from '../session.tsx';
import { useBrand } from '../shell/brand-context.tsx';
import { PageHeader } from '../shell/page-header.tsx';
import { safeRedirect } from '../shell/safe-redirect.ts';

export function LoginPage() {
  const { t, setLocale } = useAppI18n();
  const { brandName, oidcEnabled } = useBrand();
  const search: Record<string, unknown> = useSearch({ strict: false });
  const navigate = useNavigate();
  const setMe = useSetMe();
  const form = useForm(LoginRequestSchema, { email: '', password: '' });

  const submit = form.handleSubmit(async (body) => {
    const me = await login(body);
    setMe(me);
    if (isLocaleIn(APP_LOCALES, me.locale)) await setLocale(me.locale);
    await navigate({ to: safeRedirect(search.redirect) });
  });

  return (
    <>
      <PageHeader title={t('login.title', { brand: brandName })} />
      <Form onSubmit={submit} ref={form.formRef} className="form" validationBehavior="aria">
        <FormError message={form.formError} />
        <TextField
          label={t('login.email')}
          name="email"
          type="email"
          autoComplete="username"
          isRequired
          value={form.values.email}
          onChange={(v) => form.set('email', v)}
          error={form.errors.email}
        />
        <TextField
          label={t('login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          isRequired
          value={form.values.password}
          onChange={(v) => form.set('password', v)}
          error={form.errors.password}
        />
        <Button type="submit" variant="primary" isPending={form.isPending} className="btn--block">
          {t('login.submit')}
        </Button>
      </Form>
      <p>
        <Link to="/forgot-password">{t('login.forgot')}</Link>
      </p>
      {oidcEnabled ? (
        <div className="login__sso">
          <p className="login__or">{t('login.or')}</p>
          <a href="/api/auth/oidc/login" className="btn btn--secondary btn--block">
            {t('login.oidc')}
          </a>
        </div>
      ) : null}
    </>
  );
}
