import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { LibraryDocument, LibraryDocumentUpdate } from '../../../contracts/library.ts';
import { Button } from '../../components/ui/button.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { libraryKeys, updateDocument } from './api.ts';
import { FactsFields } from './facts-fields.tsx';
import { type FormFailure, formFailure } from './form-errors.ts';
import { useLibraryI18n } from './i18n.ts';
import { parseThemes } from './library-format.ts';
import { SelectField } from './parts.tsx';

/** The facts an editor may change: sector, themes, type, visibility, review date, archived. */
export function FactsForm({ document: doc, onDone }: { document: LibraryDocument; onDone: () => void }) {
  const { t } = useLibraryI18n();
  const client = useQueryClient();
  const [draft, setDraft] = useState({
    sector: doc.sector as string,
    themes: doc.themes.join(', '),
    docType: doc.docType as string,
    visibility: doc.visibility as string,
    reviewDate: doc.reviewDate?.slice(0, 10) ?? '',
    status: doc.status as string,
  });
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const set = (key: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const save = useMutation({
    mutationFn: () =>
      updateDocument(doc.id, {
        sector: draft.sector,
        themes: parseThemes(draft.themes),
        docType: draft.docType,
        visibility: draft.visibility,
        reviewDate: draft.reviewDate || null,
        status: draft.status,
      } as LibraryDocumentUpdate),
    onSuccess: async (updated) => {
      client.setQueryData(libraryKeys.document(doc.id), updated);
      await client.invalidateQueries({ queryKey: libraryKeys.all });
      onDone();
    },
    onError: (error) => setFailure(formFailure(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    save.mutate();
  };
  const err = failure?.fields ?? {};
  return (
    <form className="form lib-panel" onSubmit={submit} noValidate aria-labelledby="lib-facts">
      <FactsFields draft={draft} set={set} errors={err} />
      <SelectField
        label={t('doc.status')}
        name="status"
        value={draft.status}
        onChange={set('status')}
        options={(['active', 'archived'] as const).map((s) => ({ value: s, label: t(`doc.status.${s}`) }))}
        error={err.status}
      />
      <FormError message={failure?.message ?? null} />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={save.isPending}>
          {t('form.saveFacts')}
        </Button>
        <Button onPress={onDone}>{t('form.cancel')}</Button>
      </div>
    </form>
  );
}
