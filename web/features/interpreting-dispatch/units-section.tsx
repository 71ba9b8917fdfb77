import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../components/ui/button.tsx';
import { FormError, Skeleton } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { LoadError } from '../interpreting/parts.tsx';
import { createUnit, dispatchKeys, listUnits } from './api.ts';
import { describeError, useDispatchI18n } from './i18n.ts';

/** The organisation's units (ward, campus) with the cost centre its invoices carry. */
export function UnitsSection({ orgId }: { orgId: string }) {
  const { t } = useDispatchI18n();
  const client = useQueryClient();
  const units = useQuery({ queryKey: dispatchKeys.units(orgId), queryFn: () => listUnits(orgId) });
  const [name, setName] = useState('');
  const [costCentre, setCostCentre] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: () => createUnit(orgId, { name: name.trim(), costCentre: costCentre.trim() || undefined }),
    onSuccess: async () => {
      setName('');
      setCostCentre('');
      toast({ tone: 'success', title: t('org.unitAdded') });
      await client.invalidateQueries({ queryKey: dispatchKeys.units(orgId) });
    },
    onError: (e) => setError(describeError(e)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (name.trim()) add.mutate();
  };
  return (
    <section aria-labelledby="units" className="interp-section">
      <h2 id="units">{t('org.units')}</h2>
      {units.isPending ? (
        <Skeleton lines={2} />
      ) : units.error ? (
        <LoadError error={units.error} onRetry={() => void units.refetch()} />
      ) : units.data.items.length === 0 ? (
        <p>{t('org.noUnits')}</p>
      ) : (
        <ul className="dispatch-list">
          {units.data.items.map((u) => (
            <li key={u.id} data-unit={u.name}>
              {u.name}
              {u.costCentre ? ` – ${t('org.costCentre')}: ${u.costCentre}` : ''}
            </li>
          ))}
        </ul>
      )}
      <Form onSubmit={submit} className="form interp-form" validationBehavior="aria">
        <FormError message={error} />
        <div className="interp-row">
          <TextField label={t('org.unitName')} name="unitName" isRequired value={name} onChange={setName} />
          <TextField
            label={t('org.costCentre')}
            name="costCentre"
            value={costCentre}
            onChange={setCostCentre}
          />
        </div>
        <Button type="submit" isPending={add.isPending} isDisabled={!name.trim()}>
          {t('org.addUnit')}
        </Button>
      </Form>
    </section>
  );
}
