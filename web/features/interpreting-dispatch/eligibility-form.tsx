import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Form } from 'react-aria-components';
import { INTERPRETING_SECTORS, type InterpretingSector } from '../../../contracts/interpreting.ts';
import type { Eligibility } from '../../../contracts/interpreting-register.ts';
import { Button } from '../../components/ui/button.tsx';
import { SingleCheckbox } from '../../components/ui/checkbox-group.tsx';
import { Select } from '../../components/ui/select.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { interpretingTranslator } from '../interpreting/i18n.ts';
import { dispatchKeys, setEligibility } from './api.ts';
import { describeError, useDispatchI18n } from './i18n.ts';

/** Sector, Greater Ghent, agreement date, active and invoice e-mail of a requesting organisation. */
export function EligibilityForm({ orgId, current }: { orgId: string; current: Eligibility | null }) {
  const { t } = useDispatchI18n();
  const client = useQueryClient();
  const [sector, setSector] = useState<InterpretingSector>(current?.sector ?? 'other');
  const [ghent, setGhent] = useState(current?.activeInGreaterGhent ?? false);
  const [agreement, setAgreement] = useState(current?.agreementSignedOn ?? '');
  const [active, setActive] = useState(current?.active ?? false);
  const [invoiceEmail, setInvoiceEmail] = useState(current?.invoiceEmail ?? '');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Readonly<Record<string, string>>>({});
  const save = useMutation({
    mutationFn: () =>
      setEligibility(orgId, {
        sector,
        activeInGreaterGhent: ghent,
        agreementSignedOn: agreement || null,
        active,
        invoiceEmail: invoiceEmail.trim() || null,
      }),
    onSuccess: (saved) => {
      client.setQueryData(dispatchKeys.eligibility(orgId), saved);
      toast({ tone: 'success', title: t('org.saved') });
    },
    onError: (e) => {
      setFieldErrors(e instanceof ApiError ? e.fieldErrors : {});
      setError(describeError(e));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setFieldErrors({});
    save.mutate();
  };
  const sectors = INTERPRETING_SECTORS.map((id) => ({
    id,
    label: interpretingTranslator.maybe(`sector.${id}`) ?? id,
  }));
  return (
    <Form
      onSubmit={submit}
      className="form interp-form"
      validationBehavior="aria"
      data-registered={current ? 'yes' : 'no'}
    >
      {current ? null : <p className="interp-notice">{t('org.notRegistered')}</p>}
      <FormError message={error} />
      <Select
        label={t('org.sector')}
        name="sector"
        isRequired
        options={sectors}
        value={sector}
        onChange={(v) => setSector(v ?? 'other')}
        error={fieldErrors.sector}
      />
      <SingleCheckbox value={ghent} onChange={setGhent}>
        {t('org.ghent')}
      </SingleCheckbox>
      <TextField
        label={t('org.agreement')}
        name="agreementSignedOn"
        type="date"
        value={agreement}
        onChange={setAgreement}
        error={fieldErrors.agreementSignedOn}
      />
      <SingleCheckbox value={active} onChange={setActive}>
        {t('org.active')}
      </SingleCheckbox>
      <p className="field__description">{t('org.active.help')}</p>
      <TextField
        label={t('org.invoiceEmail')}
        name="invoiceEmail"
        type="email"
        value={invoiceEmail}
        onChange={setInvoiceEmail}
        error={fieldErrors.invoiceEmail}
      />
      <Button type="submit" variant="primary" isPending={save.isPending}>
        {t('org.save')}
      </Button>
    </Form>
  );
}
