import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Form } from 'react-aria-components';
import type { Interpreter } from '../../../contracts/interpreting-register.ts';
import { Button } from '../../components/ui/button.tsx';
import { Select } from '../../components/ui/select.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { dispatchKeys, removePreference, searchOrganisations, setPreference } from './api.ts';
import { describeError, useDispatchI18n } from './i18n.ts';

type Kind = 'preferred' | 'banned';

/** Organisations that prefer or ban this interpreter: set one (PUT) or remove it (DELETE). */
export function PreferencesSection({ interpreter }: { interpreter: Interpreter }) {
  const { t } = useDispatchI18n();
  const client = useQueryClient();
  const organisations = useQuery({
    queryKey: dispatchKeys.organisations(''),
    queryFn: () => searchOrganisations(''),
  });
  const names = new Map((organisations.data?.items ?? []).map((o) => [o.id, o.name]));
  const [orgId, setOrgId] = useState<string | null>(null);
  const [kind, setKind] = useState<Kind>('preferred');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: dispatchKeys.interpreter(interpreter.id) });
  const save = useMutation({
    mutationFn: (org: string) =>
      setPreference(org, interpreter.id, { kind, reason: reason.trim() || undefined }),
    onSuccess: async () => {
      setReason('');
      toast({ tone: 'success', title: t('pref.saved') });
      await refresh();
    },
    onError: (e) => setError(describeError(e)),
  });
  const remove = useMutation({
    mutationFn: (org: string) => removePreference(org, interpreter.id),
    onSuccess: async () => {
      toast({ tone: 'success', title: t('pref.removed') });
      await refresh();
    },
    onError: (e) => toast({ tone: 'error', title: describeError(e) }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (orgId) save.mutate(orgId);
  };
  const preferences = interpreter.organisationPreferences ?? [];
  return (
    <section aria-labelledby="preferences" className="interp-section">
      <h2 id="preferences">{t('pref.title')}</h2>
      {preferences.length === 0 ? (
        <p>{t('pref.none')}</p>
      ) : (
        <ul className="dispatch-list">
          {preferences.map((p) => {
            const organisation = names.get(p.organisationId) ?? p.organisationId;
            return (
              <li key={p.organisationId} data-preference={p.kind}>
                <strong>{organisation}</strong>: {t(`pref.${p.kind}`)}
                {p.reason ? ` (${p.reason})` : ''}{' '}
                <Button
                  variant="quiet"
                  onPress={() => remove.mutate(p.organisationId)}
                  isDisabled={remove.isPending}
                  aria-label={t('pref.removeLabel', { organisation })}
                >
                  {t('pref.remove')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <Form onSubmit={submit} className="form interp-form" validationBehavior="aria">
        <FormError message={error} />
        <div className="interp-row">
          <Select
            label={t('pref.organisation')}
            name="preferenceOrganisation"
            isRequired
            options={(organisations.data?.items ?? []).map((o) => ({ id: o.id, label: o.name }))}
            value={orgId}
            onChange={setOrgId}
          />
          <Select<Kind>
            label={t('pref.kind')}
            name="preferenceKind"
            options={[
              { id: 'preferred', label: t('pref.preferred') },
              { id: 'banned', label: t('pref.banned') },
            ]}
            value={kind}
            onChange={(v) => setKind(v ?? 'preferred')}
          />
        </div>
        <TextField label={t('pref.reason')} name="preferenceReason" value={reason} onChange={setReason} />
        <Button type="submit" isPending={save.isPending} isDisabled={!orgId}>
          {t('pref.save')}
        </Button>
      </Form>
    </section>
  );
}
