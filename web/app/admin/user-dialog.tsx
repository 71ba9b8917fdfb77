import { useQueryClient } from '@tanstack/react-query';
import { Form } from 'react-aria-components';
import { z } from 'zod';
import {
  CreateUserRequestSchema,
  type Locale,
  PasswordSchema,
  ROLES,
  type Role,
  UpdateUserRequestSchema,
  type User,
} from '../../../contracts/identity.ts';
import { Button } from '../../components/ui/button.tsx';
import { CheckboxGroup, SingleCheckbox } from '../../components/ui/checkbox-group.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { type FieldErrors, useForm } from '../../components/ui/form.ts';
import { Select } from '../../components/ui/select.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { LOCALE_NAMES, PORTAL_LOCALES } from '../../i18n/locales.ts';
import { createUser, queryKeys, updateUser } from '../api/identity-api.ts';
import { useAppI18n } from '../app-catalogs.ts';

// An empty password field means "mail an invitation": the contract expresses that as no password.
const CreateFormSchema = CreateUserRequestSchema.extend({
  password: z.union([z.literal(''), PasswordSchema]),
});
const EditFormSchema = UpdateUserRequestSchema.required({
  name: true,
  roles: true,
  active: true,
  locale: true,
});

const LANGUAGES = PORTAL_LOCALES.map((code) => ({ id: code, label: LOCALE_NAMES[code], lang: code }));

type AccountValues = { name: string; roles: Role[]; locale: Locale };

/** Name, roles and language: the same fields when creating and when editing a user. */
function AccountFields({
  values,
  errors,
  set,
}: {
  values: AccountValues;
  errors: FieldErrors;
  set: { [K in keyof AccountValues]: (value: AccountValues[K]) => void };
}) {
  const { t } = useAppI18n();
  const roleOptions = ROLES.map((role) => ({ id: role, label: t(`role.${role}`) }));
  return (
    <>
      <TextField
        label={t('users.name')}
        isRequired
        value={values.name}
        onChange={set.name}
        error={errors.name}
      />
      <CheckboxGroup
        label={t('users.roles')}
        options={roleOptions}
        isRequired
        value={values.roles}
        onChange={set.roles}
        error={errors.roles}
      />
      <Select<Locale>
        label={t('profile.language')}
        options={LANGUAGES}
        value={values.locale}
        onChange={(v) => set.locale(v ?? values.locale)}
        error={errors.locale}
      />
    </>
  );
}

function CreateUserForm({ onDone }: { onDone: () => void }) {
  const { t } = useAppI18n();
  const client = useQueryClient();
  const form = useForm(CreateFormSchema, { email: '', name: '', roles: [], password: '', locale: 'nl' });
  const submit = form.handleSubmit(async ({ password, ...rest }) => {
    const user = await createUser({ ...rest, password: password === '' ? undefined : password });
    await client.invalidateQueries({ queryKey: queryKeys.allUsers });
    toast({ tone: 'success', title: t('users.created', { name: user.name }) });
    onDone();
  });
  return (
    <Form onSubmit={submit} ref={form.formRef} className="form" validationBehavior="aria" id="user-form">
      <FormError message={form.formError} />
      <TextField
        label={t('users.email')}
        type="email"
        isRequired
        value={form.values.email}
        onChange={(v) => form.set('email', v)}
        error={form.errors.email}
      />
      <AccountFields
        values={{ ...form.values, locale: form.values.locale ?? 'nl' }}
        errors={form.errors}
        set={{
          name: (v) => form.set('name', v),
          roles: (v) => form.set('roles', v),
          locale: (v) => form.set('locale', v),
        }}
      />
      <TextField
        label={t('users.password')}
        description={t('users.passwordHelp')}
        type="password"
        autoComplete="new-password"
        value={form.values.password}
        onChange={(v) => form.set('password', v)}
        error={form.errors.password}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.isPending}>
          {t('users.create')}
        </Button>
      </div>
    </Form>
  );
}

function EditUserForm({ user, onDone }: { user: User; onDone: () => void }) {
  const { t } = useAppI18n();
  const client = useQueryClient();
  const locked = user.lockedUntil !== null && new Date(user.lockedUntil) > new Date();
  const form = useForm(EditFormSchema, {
    name: user.name,
    roles: user.roles,
    active: user.active,
    locale: user.locale,
  });
  const submit = form.handleSubmit(async (body) => {
    const updated = await updateUser(user.id, locked ? { ...body, unlock: true } : body);
    await client.invalidateQueries({ queryKey: queryKeys.allUsers });
    toast({ tone: 'success', title: t('users.saved', { name: updated.name }) });
    onDone();
  });
  return (
    <Form onSubmit={submit} ref={form.formRef} className="form" validationBehavior="aria">
      <FormError message={form.formError} />
      <TextField label={t('users.email')} value={user.email} isReadOnly />
      <AccountFields
        values={form.values}
        errors={form.errors}
        set={{
          name: (v) => form.set('name', v),
          roles: (v) => form.set('roles', v),
          locale: (v) => form.set('locale', v),
        }}
      />
      <SingleCheckbox value={form.values.active} onChange={(v) => form.set('active', v)}>
        {t('users.active')}
      </SingleCheckbox>
      {locked ? <p className="notice">{t('users.lockedNote')}</p> : null}
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.isPending}>
          {t('ui.save')}
        </Button>
      </div>
    </Form>
  );
}

/** Create a user (target 'create'), or edit the roles, language and status of one. */
export function UserDialog({ target, onClose }: { target: 'create' | User | null; onClose: () => void }) {
  const { t } = useAppI18n();
  const title = target === 'create' ? t('users.new') : target ? t('users.edit', { name: target.name }) : '';
  return (
    <Dialog title={title} isOpen={target !== null} onOpenChange={(open) => !open && onClose()} size="lg">
      {target === 'create' ? (
        <CreateUserForm onDone={onClose} />
      ) : target ? (
        <EditUserForm user={target} onDone={onClose} />
      ) : null}
    </Dialog>
  );
}
