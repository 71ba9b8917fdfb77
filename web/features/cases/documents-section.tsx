import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { casesKeys } from './api.ts';
import { formatDateTime } from './case-format.ts';
import { useCasesI18n } from './i18n.ts';
import { InputField } from './parts.tsx';
import { addDocument, listDocuments, storeFile } from './work-api.ts';
import { useWorkMutation, WorkForm, WorkList } from './work-common.tsx';

/** Documents kept in the case: upload first (POST /api/files), then name the file in the case. */
export function DocumentsSection({
  caseId,
  editable,
  checklist,
}: {
  caseId: string;
  editable: boolean;
  checklist: boolean;
}) {
  const { t } = useCasesI18n();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [title, setTitle] = useState('');
  const [item, setItem] = useState('');
  const query = useQuery({
    queryKey: casesKeys.work(caseId, 'documents'),
    queryFn: () => listDocuments(caseId),
  });
  const add = useWorkMutation(
    caseId,
    'documents',
    async (chosen: File) => {
      const stored = await storeFile(chosen);
      return addDocument(caseId, {
        fileId: stored,
        title: title.trim(),
        ...(item.trim() ? { checklistItem: item.trim() } : {}),
      });
    },
    () => {
      setFile(null);
      setTitle('');
      setItem('');
      setInputKey((k) => k + 1);
    },
  );
  const submit = () => {
    const errors: Record<string, string> = {};
    if (!file) errors.fileId = t('error.validation');
    if (!title.trim()) errors.title = t('error.validation');
    if (!file || Object.keys(errors).length > 0) {
      add.setErrors(errors);
      return;
    }
    add.mutation.mutate(file);
  };
  const fileError = add.errors.fileId ?? add.errors.file;
  return (
    <>
      <WorkList
        query={query}
        empty={t('documents.none')}
        label={t('tab.documents')}
        render={(doc) => (
          <li key={doc.id} className="cases-work-item">
            <a href={doc.downloadUrl} download aria-label={t('documents.download', { title: doc.title })}>
              {doc.title}
            </a>
            <span className="cases-meta">
              {' '}
              · {doc.fileName}
              {doc.checklistItem ? ` · ${doc.checklistItem}` : ''} · {formatDateTime(doc.createdAt)}
            </span>
          </li>
        )}
      />
      {editable ? (
        <WorkForm
          title={t('documents.add')}
          submit={t('documents.add')}
          pending={add.mutation.isPending}
          message={add.message}
          onSubmit={submit}
        >
          <div className="field">
            <label className="field__label" htmlFor={fileId}>
              {t('documents.file')}
            </label>
            <input
              key={inputKey}
              id={fileId}
              name="documentFile"
              type="file"
              className="field__input"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? `${fileId}-error` : undefined}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            {fileError ? (
              <span className="field__error" id={`${fileId}-error`}>
                {fileError}
              </span>
            ) : null}
          </div>
          <InputField
            label={t('documents.title')}
            name="documentTitle"
            required
            value={title}
            onChange={setTitle}
            error={add.errors.title}
          />
          {checklist ? (
            <InputField
              label={t('documents.checklist')}
              name="checklistItem"
              value={item}
              onChange={setItem}
              error={add.errors.checklistItem}
            />
          ) : null}
        </WorkForm>
      ) : null}
    </>
  );
}
