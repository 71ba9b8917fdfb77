import { Form } from 'react-aria-components';
import { z } from 'zod';
import { ChangePasswordSchema, type Locale, UpdateProfileSchema } from '../../../contracts/identity.ts';
import { Button } from '../../components/ui/button.tsx';
import { useForm } from '../../components/ui/form.ts';
import { Select } from '../../components/ui/select.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { APP_LOCALES, isLocaleIn, LOCALE_NAMES, PORTAL_LOCALES } from '../../i18n/locales.ts';
import { ApiError } from '../../lib/api-client.ts';
import { changePassword, updateProfile } from '../api/identity-api.ts';
import { useAppI18n } from '../app-catalogs.ts';
import { useMe, useSetMe } from '../session.tsx';
import { PageHeader } from '../shell/page-header.tsx';

const LANGUAGE_OPTIONS = PORTAL_LOCALES.map((code) => ({ id: code, label: LOCALE_NAMES[code], lang: code }));

function ProfileForm() {
  const { t, setLocale } = useAppI18n();
  const me = useMe();
  const setMe = useSetMe();
  const form = useForm(UpdateProfileSchema, { name: me.name, locale: me.locale });
  const submit = form.handleSubmit(async (body) => {
    const updated = await updateProfile(body);
    setMe(updated);
    if (isLocaleIn(APP_LOCALES, updated.locale)) await setLocale(updated.locale);
    toast({ tone: 'success', title: t('profile.saved') });
  });
  return (
    <section aria-labelledby="profile-details">
      <h2 id="profile-details">{t('profile.details')}</h2>
      <Form onSubmit={submit} ref={form.formRef} className="form" validationBehavior="aria">
        <FormError message={form.formError} />
        <TextField label={t('profile.email')} value={me.email} isReadOnly />
        <TextField
          label={t('profile.name')}
          name="name"
          autoComplete="name"
          isRequired
          value={form.values.name ?? ''}
          onChange={(v) => form.set('name', v)}
          error={form.errors.name}
        />
        <Select<Locale>
          label={t('profile.language')}
          description={t('profile.languageHelp')}
          options={LANGUAGE_OPTIONS}
          value={form.values.locale ?? me.locale}
          onChange={(v) => form.set('locale', v ?? undefined)}
          error={form.errors.locale}
        />
        <Button type="submit" variant="primary" isPending={form.isPending}>
          {t('ui.save')}
        </Button>
      </Form>
    </section>
  );
}

const PasswordFormSchema = ChangePasswordSchema.extend({ repeat: z.string() }).refine(
  (v) => v.newPassword === v.repeat,
  { path: ['repeat'], message: 'mismatch' },
);

function PasswordForm() {
  const { t } = useAppI18n();
  const form = useForm(PasswordFormSchema, { currentPassword: '', newPassword: '', repeat: '' });
  const submit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    try {
      await changePassword({ currentPassword, newPassword });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'AUTH.WRONG_PASSWORD') {
        form.setErrors({ currentPassword: t('error.AUTH.WRONG_PASSWORD') });
        return;
      }
      throw error;
    }
    form.setValues({ currentPassword: '', newPassword: '', repeat: '' });
    toast({ tone: 'success', title: t('profile.passwordChanged') });
  });
  return (
    <section aria-labelledby="profile-password">
      <h2 id="profile-password">{t('profile.password')}</h2>
      <Form onSubmit={submit} ref={form.formRef} className="form" validationBehavior="aria">
        <FormError message={form.formError} />
        <TextField
          label={t('profile.currentPassword')}
          type="password"
          autoComplete="current-password"
          isRequired
          value={form.values.currentPassword}
          onChange={(v) => form.set('currentPassword', v)}
          error={form.errors.currentPassword}
        />
        <TextField
          label={t('profile.newPassword')}
          description={t('password.rule')}
          type="password"
          autoComplete="new-password"
          isRequired
          value={form.values.newPassword}
          onChange={(v) => form.set('newPassword', v)}
          error={form.errors.newPassword}
        />
        <TextField
          label={t('reset.confirm.repeat')}
          type="password"
          autoComplete="new-password"
          isRequired
          value={form.values.repeat}
          onChange={(v) => form.set('repeat', v)}
          error={form.errors.repeat ? t('reset.confirm.mismatch') : undefined}
        />
        <Button type="submit" variant="primary" isPending={form.isPending}>
          {t('profile.changePassword')}
        </Button>
      </Form>
    </section>
  );
}

export function ProfilePage() {
  const { t } = useAppI18n();
  return (
    <>
      <PageHeader title={t('nav.profile')} />
      <div className="two-columns">
        <ProfileForm />
        <PasswordForm />
      </div>
    </>
  );
}
