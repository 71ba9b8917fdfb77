import { useEffect, useRef } from 'react';
import { Form } from 'react-aria-components';
import { SERIES_SCOPES } from '../../../contracts/interpreting.ts';
import type { InterpretingRequestView } from '../../../contracts/interpreting-requests.ts';
import { Button } from '../../components/ui/button.tsx';
import { useForm } from '../../components/ui/form.ts';
import { FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { changeRequest } from './api.ts';
import {
  ChangeFormSchema,
  changeFormFrom,
  placeChangeErrors,
  releasesInterpreter,
  toChangeBody,
} from './change-form.ts';
import { ChoiceGroup } from './choice-group.tsx';
import { interpretingTranslator, useInterpretingI18n } from './i18n.ts';

type ChangedRequest = InterpretingRequestView & { changedIds: string[] };

/**
 * The requester's "Wijzigen" form on the request page. It warns before saving that a new time,
 * duration or address releases the interpreter; the server's rule errors (lead time, place per
 * mode) land under their field, the rest in the form's alert.
 */
export function ChangeSection(props: {
  request: InterpretingRequestView;
  onChanged: (updated: ChangedRequest, released: boolean) => void;
  onClose: () => void;
}) {
  const { t } = useInterpretingI18n();
  const r = props.request;
  const form = useForm(ChangeFormSchema, changeFormFrom(r));
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const v = form.values;
  const wide = v.scope !== 'this';

  const submit = form.handleSubmit(async (values) => {
    const body = toChangeBody(values, r);
    if (!body) {
      form.setFormError(t('change.nothing'));
      return;
    }
    try {
      const updated = await changeRequest(r.id, body);
      props.onChanged(updated, releasesInterpreter(body) && r.interpreter !== null);
    } catch (error) {
      if (!(error instanceof ApiError) || !error.problem?.errors?.length) throw error;
      const placed = placeChangeErrors(error.problem.errors);
      form.setErrors(placed.fields);
      const known = interpretingTranslator.maybe(`error.${error.code}`) ?? t('change.invalid');
      form.setFormError([known, ...placed.rest].join(' '));
      requestAnimationFrame(() =>
        form.formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
    }
  });

  return (
    <section aria-labelledby="change-heading" className="interp-section" data-change-form>
      <h2 id="change-heading" ref={headingRef} tabIndex={-1}>
        {t('change.title')}
      </h2>
      <p>{t('change.intro')}</p>
      <p className="interp-notice interp-notice--warning" data-release-notice>
        {r.interpreter
          ? t('change.releaseNotice', { name: `${r.interpreter.givenName} (${r.interpreter.code})` })
          : t('change.releaseNoticeNone')}
      </p>
      <Form onSubmit={submit} ref={form.formRef} className="form interp-form" validationBehavior="aria">
        <FormError message={form.formError} />
        {r.series ? (
          <ChoiceGroup
            label={t('change.scope')}
            name="scope"
            options={SERIES_SCOPES.map((id) => ({ id, label: t(`detail.scope.${id}`) }))}
            value={v.scope}
            onChange={(scope) => {
              form.set('scope', scope);
              // A wider scope keeps each session's date: only the time moves them all.
              if (scope !== 'this') form.set('date', changeFormFrom(r).date);
            }}
            description={t('change.dateOnlyThis')}
            error={form.errors.scope}
          />
        ) : null}
        <div className="interp-row">
          <TextField
            label={t('book.date')}
            name="date"
            type="date"
            isRequired
            isDisabled={wide}
            value={v.date}
            onChange={(value) => form.set('date', value)}
            error={form.errors.date}
          />
          <TextField
            label={t('book.time')}
            name="time"
            type="time"
            isRequired
            value={v.time}
            onChange={(value) => form.set('time', value)}
            error={form.errors.time}
          />
          <TextField
            label={t('book.duration')}
            name="durationMinutes"
            type="number"
            inputMode="numeric"
            isRequired
            value={v.durationMinutes}
            onChange={(value) => form.set('durationMinutes', value)}
            error={form.errors.durationMinutes}
          />
        </div>
        <PlaceFields form={form} mode={r.mode} />
        <div className="interp-row">
          <TextField
            label={t('change.participants')}
            name="participants"
            type="number"
            inputMode="numeric"
            value={v.participants}
            onChange={(value) => form.set('participants', value)}
            error={form.errors.participants}
          />
        </div>
        <TextField
          label={t('book.preparationNotes')}
          name="preparationNotes"
          multiline
          value={v.preparationNotes}
          onChange={(value) => form.set('preparationNotes', value)}
          error={form.errors.preparationNotes}
        />
        <div className="interp-card__actions">
          <Button type="submit" variant="primary" isPending={form.isPending}>
            {t('change.submit')}
          </Button>
          <Button onPress={props.onClose}>{t('change.close')}</Button>
        </div>
      </Form>
    </section>
  );
}

type ChangeForm = ReturnType<typeof useForm<typeof ChangeFormSchema>>;

/** Address and room on site, the phone number or the video link otherwise: the mode stays as booked. */
function PlaceFields({ form, mode }: { form: ChangeForm; mode: string }) {
  const { t } = useInterpretingI18n();
  const v = form.values;
  if (mode === 'on_site') {
    return (
      <div className="interp-row">
        <TextField
          label={t('book.address')}
          name="address"
          autoComplete="street-address"
          isRequired
          value={v.address}
          onChange={(value) => form.set('address', value)}
          error={form.errors.address}
        />
        <TextField
          label={t('book.room')}
          name="room"
          value={v.room}
          onChange={(value) => form.set('room', value)}
          error={form.errors.room}
        />
      </div>
    );
  }
  return mode === 'phone' ? (
    <TextField
      label={t('book.phoneNumber')}
      name="phoneNumber"
      type="tel"
      isRequired
      value={v.phoneNumber}
      onChange={(value) => form.set('phoneNumber', value)}
      error={form.errors.phoneNumber}
    />
  ) : (
    <TextField
      label={t('book.videoLink')}
      name="videoLink"
      type="url"
      isRequired
      value={v.videoLink}
      onChange={(value) => form.set('videoLink', value)}
      error={form.errors.videoLink}
    />
  );
}
