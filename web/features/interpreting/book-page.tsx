import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import type { Role } from '../../../contracts/identity.ts';
import { PERMISSIONS } from '../../../contracts/permissions.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { useForm } from '../../components/ui/form.ts';
import { FormError } from '../../components/ui/states.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { createRequest, interpretingKeys } from './api.ts';
import { AboutFields, StaffFields, WhatFields, WhenFields, WhereFields } from './book-fields.tsx';
import { BookFormSchema, emptyBookForm, placeServerErrors, toRequestBody } from './book-form.ts';
import { addWeekdays, brusselsParts } from './brussels.ts';
import { type InterpretingT, interpretingTranslator, useInterpretingI18n } from './i18n.ts';
import './interpreting.css';

const DISPATCHERS: readonly Role[] = PERMISSIONS['interpreting.dispatch'];

type Created = { id: string; reference: string; count: number };

/** Three weekdays ahead: past the two-working-day lead time even with a holiday in between. */
const firstSuggestedDate = () => addWeekdays(brusselsParts(new Date()).date, 3);

/** The rule the server named (lead time, Dutch, refused conversation) in Dutch, then what no field can show. */
function serverSummary(error: ApiError, rest: readonly string[], t: InterpretingT): string {
  const known = t.maybe(`error.${error.code}`) ?? error.problem?.title ?? t.t('book.invalid');
  return [known, ...rest].join(' ');
}

function Confirmation({ created, onAgain }: { created: Created; onAgain: () => void }) {
  const { t } = useInterpretingI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const text =
    created.count > 1
      ? t('book.seriesDone', { count: created.count, reference: created.reference })
      : t('book.done', { reference: created.reference });
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      className="interp-notice interp-notice--success"
      data-reference={created.reference}
    >
      <p>{text}</p>
      <div className="interp-card__actions">
        <Link to="/interpreting/requests/$requestId" params={{ requestId: created.id }}>
          {t('list.openLabel', { reference: created.reference })}
        </Link>
        <Button onPress={onAgain}>{t('list.new')}</Button>
      </div>
    </div>
  );
}

export function BookPage() {
  const { t } = useInterpretingI18n();
  const client = useQueryClient();
  const form = useForm(BookFormSchema, emptyBookForm(firstSuggestedDate()));
  const [created, setCreated] = useState<Created | null>(null);
  // Dispatchers book for an organisation and may skip the lead time; requesters book for their own.
  const staff = useMe().roles.some((role) => DISPATCHERS.includes(role));

  const submit = form.handleSubmit(async (values) => {
    try {
      const answer = await createRequest(toRequestBody(values));
      setCreated({
        id: answer.id,
        reference: answer.reference,
        count: Math.max(1, answer.occurrences.length),
      });
      await client.invalidateQueries({ queryKey: interpretingKeys.all });
    } catch (error) {
      // Rule errors (lead time, place per mode, refused conversation) go next to their field.
      if (!(error instanceof ApiError) || !error.problem?.errors?.length) throw error;
      const placed = placeServerErrors(error.problem.errors, staff ? [] : ['organisationId', 'urgent']);
      form.setErrors(placed.fields);
      form.setFormError(serverSummary(error, placed.rest, interpretingTranslator));
      requestAnimationFrame(() =>
        form.formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
    }
  });

  const again = () => {
    setCreated(null);
    form.setValues(emptyBookForm(firstSuggestedDate()));
  };

  return (
    <>
      <PageHeader title={t('title.book')}>
        <p className="page-header__sub">{t('book.intro')}</p>
      </PageHeader>
      {created ? (
        <Confirmation created={created} onAgain={again} />
      ) : (
        <Form onSubmit={submit} ref={form.formRef} className="form interp-form" validationBehavior="aria">
          <FormError message={form.formError} />
          <WhatFields values={form.values} errors={form.errors} set={form.set} />
          <WhenFields values={form.values} errors={form.errors} set={form.set} />
          <WhereFields values={form.values} errors={form.errors} set={form.set} />
          <AboutFields values={form.values} errors={form.errors} set={form.set} />
          {staff ? <StaffFields values={form.values} errors={form.errors} set={form.set} /> : null}
          <Button type="submit" variant="primary" isPending={form.isPending}>
            {t('book.submit')}
          </Button>
        </Form>
      )}
    </>
  );
}
