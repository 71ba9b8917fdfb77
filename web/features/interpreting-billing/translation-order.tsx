import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FileTrigger, Form } from 'react-aria-components';
import type { z } from 'zod';
import {
  TRANSLATION_SOURCE_MEDIA_TYPES,
  type TranslationQuotedSchema,
} from '../../../contracts/interpreting-translations.ts';
import { Button } from '../../components/ui/button.tsx';
import { Select } from '../../components/ui/select.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { brusselsParts } from '../interpreting/brussels.ts';
import { formatCents } from '../interpreting/format.ts';
import { languageName } from '../interpreting/i18n.ts';
import { languageOptions } from '../interpreting/languages.ts';
import { Facts } from '../interpreting/parts.tsx';
import { acceptQuote, billingKeys, orderTranslation } from './api.ts';
import { describeError } from './describe-error.ts';
import { useBillingI18n } from './i18n.ts';
import { QuoteAnalysis } from './quote-analysis.tsx';
import { type TranslationValues, translationFields } from './translation-form.ts';

type Quoted = z.infer<typeof TranslationQuotedSchema>;

const EMPTY: TranslationValues = { targetLanguage: '', deadline: '', clientReference: '', notes: '' };

/** The quote of an uploaded document, with the button that accepts it. */
function Quote({ quoted }: { quoted: Quoted }) {
  const { t } = useBillingI18n();
  const client = useQueryClient();
  const [accepted, setAccepted] = useState(quoted.status !== 'quoted');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { quote } = quoted;
  const accept = async () => {
    setPending(true);
    setError(null);
    try {
      await acceptQuote(quoted.id);
      setAccepted(true);
      toast({ tone: 'success', title: t('translations.accepted', { reference: quoted.reference }) });
      await client.invalidateQueries({ queryKey: billingKeys.translations });
    } catch (e) {
      setError(describeError(e));
    } finally {
      setPending(false);
    }
  };
  return (
    <section className="interp-card" aria-labelledby="quote-heading" data-quote={quoted.reference}>
      <h3 id="quote-heading">{t('translations.quoteTitle', { reference: quoted.reference })}</h3>
      {quoted.existingTranslation ? (
        <p className="interp-notice interp-notice--warning">
          {t('translations.existing', {
            title: quoted.existingTranslation.title,
            language: languageName(quoted.existingTranslation.language),
          })}
        </p>
      ) : null}
      <Facts
        items={[
          [
            t('translations.words'),
            <span key="words" data-words>
              {quoted.words}
            </span>,
          ],
          [
            t('translations.price'),
            quote.basis === 'weighted_words'
              ? t('translations.weightedUnits', {
                  units: quote.units,
                  price: formatCents(quote.centsPerUnit),
                })
              : t('translations.units', {
                  units: quote.units,
                  unit: quote.unit,
                  price: formatCents(quote.centsPerUnit),
                }),
          ],
          [t('translations.minimum'), formatCents(quote.minimumCents)],
          [
            t('translations.amount'),
            <strong key="amount" data-amount>
              {formatCents(quote.amountCents)}
            </strong>,
          ],
        ]}
      />
      {quote.analysis && quote.basis === 'weighted_words' ? (
        <QuoteAnalysis analysis={quote.analysis} />
      ) : null}
      <FormError message={error} />
      {accepted ? (
        <p className="interp-notice interp-notice--success">
          {t('translations.accepted', { reference: quoted.reference })}
        </p>
      ) : (
        <div className="interp-card__actions">
          <Button variant="primary" onPress={accept} isPending={pending}>
            {t('translations.acceptQuote')}
          </Button>
        </div>
      )}
    </section>
  );
}

/** The chosen document: the browser's file dialog behind a button, the name read out once chosen. */
function DocumentPicker(props: { file: File | null; onChange: (file: File | null) => void; error?: string }) {
  const { t } = useBillingI18n();
  return (
    <div className="field">
      <span className="field__label">{t('translations.file')}</span>
      <FileTrigger
        acceptedFileTypes={[...TRANSLATION_SOURCE_MEDIA_TYPES]}
        onSelect={(files) => props.onChange(files?.[0] ?? null)}
      >
        <Button>{t('translations.file')}</Button>
      </FileTrigger>
      <span aria-live="polite" className="field__description">
        {props.file ? t('translations.fileChosen', { name: props.file.name }) : null}
      </span>
      {props.error ? <span className="field__error">{props.error}</span> : null}
    </div>
  );
}

/** The order's state and its submission: checked here first, then uploaded with the fields. */
function useOrder() {
  const { t } = useBillingI18n();
  const client = useQueryClient();
  const [values, setValues] = useState(EMPTY);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [quoted, setQuoted] = useState<Quoted | null>(null);
  const set = (key: keyof TranslationValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const message = (field: string) =>
    field === 'file' ? t('translations.fileMissing') : t('translations.invalid');

  const submit = async () => {
    const fields = translationFields(values, file !== null, brusselsParts(new Date()).date);
    if (!fields.ok || !file) {
      setErrors(Object.fromEntries((fields.ok ? ['file'] : fields.invalid).map((f) => [f, message(f)])));
      return;
    }
    setErrors({});
    setFormError(null);
    setPending(true);
    try {
      setQuoted(await orderTranslation(file, fields.fields));
      await client.invalidateQueries({ queryKey: billingKeys.translations });
    } catch (error) {
      if (error instanceof ApiError && error.hasFieldErrors) setErrors({ ...error.fieldErrors });
      setFormError(describeError(error));
    } finally {
      setPending(false);
    }
  };
  return { values, set, file, setFile, errors, formError, pending, quoted, submit };
}

/** A requester uploads a Dutch document and gets the word count and the quote at once. */
export function TranslationOrder() {
  const { t } = useBillingI18n();
  const order = useOrder();
  const { values, set, errors } = order;
  const targets = languageOptions().filter((o) => o.id !== 'nl');
  return (
    <section className="interp-section" aria-labelledby="order-heading">
      <h2 id="order-heading">{t('translations.order')}</h2>
      <p>{t('translations.orderHelp')}</p>
      <Form
        className="form interp-form"
        validationBehavior="aria"
        onSubmit={(e) => {
          e.preventDefault();
          void order.submit();
        }}
      >
        <FormError message={order.formError} />
        <DocumentPicker file={order.file} onChange={order.setFile} error={errors.file} />
        <Select
          label={t('translations.targetLanguage')}
          name="targetLanguage"
          options={targets}
          value={values.targetLanguage || null}
          onChange={(v) => set('targetLanguage')(v ?? '')}
          isRequired
          error={errors.targetLanguage}
        />
        <TextField
          label={t('translations.deadline')}
          description={t('translations.deadlineHelp')}
          type="date"
          name="deadline"
          isRequired
          value={values.deadline}
          onChange={set('deadline')}
          error={errors.deadline}
        />
        <TextField
          label={t('translations.clientReference')}
          description={t('translations.clientReferenceHelp')}
          name="clientReference"
          value={values.clientReference}
          onChange={set('clientReference')}
          error={errors.clientReference}
        />
        <TextField
          label={t('translations.notes')}
          name="notes"
          multiline
          value={values.notes}
          onChange={set('notes')}
          error={errors.notes}
        />
        <div>
          <Button type="submit" variant="primary" isPending={order.pending}>
            {t('translations.submit')}
          </Button>
        </div>
      </Form>
      {order.quoted ? <Quote key={order.quoted.id} quoted={order.quoted} /> : null}
    </section>
  );
}
