import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { LibraryDocType, LibrarySector, LibraryVisibility } from '../../../contracts/library.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { createDocument, libraryKeys, storeFile } from './api.ts';
import { FactsFields } from './facts-fields.tsx';
import { type FormFailure, formFailure } from './form-errors.ts';
import { useLibraryI18n } from './i18n.ts';
import { parseThemes } from './library-format.ts';
import { FileField, InputField } from './parts.tsx';
import './library.css';

type Draft = {
  title: string;
  description: string;
  sector: LibrarySector | '';
  themes: string;
  docType: LibraryDocType;
  visibility: LibraryVisibility;
  reviewDate: string;
};

const EMPTY: Draft = {
  title: '',
  description: '',
  sector: '',
  themes: '',
  docType: 'informative',
  visibility: 'public',
  reviewDate: '',
};

/** A new document: its Dutch original (a file) and its facts. Library editors only (nav roles). */
export function UploadPage() {
  const tr = useLibraryI18n();
  const { t } = tr;
  const navigate = useNavigate();
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [file, setFile] = useState<File | null>(null);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: string) =>
      setDraft((d) => ({ ...d, [key]: value as Draft[K] }));
  const save = useMutation({
    mutationFn: async () => {
      if (!file || !draft.sector) throw new Error(t('form.missing'));
      const fileId = await storeFile(file);
      return createDocument({
        title: draft.title,
        description: draft.description,
        sector: draft.sector,
        themes: parseThemes(draft.themes),
        docType: draft.docType,
        visibility: draft.visibility,
        reviewDate: draft.reviewDate || undefined,
        fileId,
      });
    },
    onSuccess: async (doc) => {
      await client.invalidateQueries({ queryKey: libraryKeys.all });
      await navigate({ to: '/library/$documentId', params: { documentId: doc.id } });
    },
    onError: (error) => setFailure(formFailure(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!draft.title.trim() || !draft.sector || !file) {
      setFailure({ message: t('form.missing'), fields: {} });
      return;
    }
    save.mutate();
  };
  const required = t('form.required');
  const err = failure?.fields ?? {};
  return (
    <>
      <PageHeader title={t('title.upload')} />
      <form className="form" onSubmit={submit} noValidate>
        <InputField
          label={t('form.title')}
          name="title"
          required={required}
          value={draft.title}
          onChange={set('title')}
          error={err.title}
          lang="nl"
        />
        <InputField
          label={t('form.description')}
          name="description"
          multiline
          value={draft.description}
          onChange={set('description')}
          error={err.description}
          lang="nl"
        />
        <FactsFields draft={draft} set={set} errors={err} required={required} />
        <FileField
          label={t('form.file')}
          name="file"
          required={required}
          onChange={setFile}
          error={err.fileId ?? err.file}
        />
        <FormError message={failure?.message ?? null} />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={save.isPending}>
            {save.isPending ? t('form.saving') : t('form.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
