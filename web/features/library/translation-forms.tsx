import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { LibraryDocument } from '../../../contracts/library.ts';
import { Button } from '../../components/ui/button.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { addTranslation, addVersion, libraryKeys, storeFile } from './api.ts';
import { type FormFailure, formFailure } from './form-errors.ts';
import { useLibraryI18n } from './i18n.ts';
import { COMMON_LANGUAGES, languageName } from './library-format.ts';
import { FileField, InputField, SelectField } from './parts.tsx';

/** Shared state of the two upload forms: a file, a failure, and a reset after success. */
function useUpload() {
  const [file, setFile] = useState<File | null>(null);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const reset = (message: string) => {
    setFile(null);
    setInputKey((k) => k + 1);
    setDone(message);
  };
  return { file, setFile, failure, setFailure, done, setDone, inputKey, reset };
}

/** A new language for the document: its code, its title in that language, and the file. */
export function AddTranslationForm({ document: doc }: { document: LibraryDocument }) {
  const tr = useLibraryI18n();
  const { t } = tr;
  const client = useQueryClient();
  const upload = useUpload();
  const [lang, setLang] = useState('');
  const [title, setTitle] = useState('');
  const have = new Set(doc.translations.map((x) => x.lang));
  const options = COMMON_LANGUAGES.filter((code) => !have.has(code))
    .map((code) => ({ value: code, label: `${languageName(code, tr.locale)} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label, tr.locale));
  const save = useMutation({
    mutationFn: async () => {
      if (!upload.file) throw new Error(t('form.missing'));
      const fileId = await storeFile(upload.file);
      return addTranslation(doc.id, { lang, title, fileId });
    },
    onSuccess: async () => {
      upload.reset(t('form.translationAdded', { lang: languageName(lang, tr.locale) }));
      setLang('');
      setTitle('');
      await client.invalidateQueries({ queryKey: libraryKeys.all });
    },
    onError: (error) => upload.setFailure(formFailure(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    upload.setFailure(null);
    upload.setDone(null);
    if (!lang || !title.trim() || !upload.file) {
      upload.setFailure({ message: t('form.missing'), fields: {} });
      return;
    }
    save.mutate();
  };
  const err = upload.failure?.fields ?? {};
  return (
    <section aria-labelledby="lib-add-translation" className="lib-panel">
      <h2 id="lib-add-translation">{t('form.addTranslation')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <SelectField
          label={t('form.language')}
          name="lang"
          required={t('form.required')}
          value={lang}
          onChange={setLang}
          placeholder={t('form.choose')}
          options={options}
          error={err.lang}
        />
        <InputField
          label={t('form.translationTitle')}
          name="translationTitle"
          required={t('form.required')}
          value={title}
          onChange={setTitle}
          lang={lang || undefined}
          error={err.title}
        />
        <FileField
          label={t('form.file')}
          name="translationFile"
          required={t('form.required')}
          onChange={upload.setFile}
          inputKey={upload.inputKey}
          error={err.fileId ?? err.file}
        />
        <FormError message={upload.failure?.message ?? null} />
        {upload.done ? (
          <p role="status" className="lib-done">
            {upload.done}
          </p>
        ) : null}
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={save.isPending}>
            {t('form.addTranslationSubmit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** A new version of one language (a corrected file), with a note on what changed. */
export function NewVersionForm({ documentId, lang }: { documentId: string; lang: string }) {
  const tr = useLibraryI18n();
  const { t } = tr;
  const client = useQueryClient();
  const upload = useUpload();
  const [note, setNote] = useState('');
  const name = languageName(lang, tr.locale);
  const save = useMutation({
    mutationFn: async () => {
      if (!upload.file) throw new Error(t('form.missing'));
      const fileId = await storeFile(upload.file);
      return addVersion(documentId, lang, { fileId, note: note.trim() || undefined });
    },
    onSuccess: async () => {
      upload.reset(t('form.versionAdded', { lang: name }));
      setNote('');
      await client.invalidateQueries({ queryKey: libraryKeys.all });
    },
    onError: (error) => upload.setFailure(formFailure(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    upload.setFailure(null);
    upload.setDone(null);
    if (!upload.file) {
      upload.setFailure({ message: t('form.missing'), fields: {} });
      return;
    }
    save.mutate();
  };
  const headingId = `lib-version-${lang}`;
  return (
    <section aria-labelledby={headingId} className="lib-panel">
      <h3 id={headingId}>{t('form.newVersionOf', { lang: name })}</h3>
      <form className="form" onSubmit={submit} noValidate>
        <FileField
          label={t('form.file')}
          name="versionFile"
          required={t('form.required')}
          onChange={upload.setFile}
          inputKey={upload.inputKey}
          error={upload.failure?.fields.fileId}
        />
        <InputField label={t('form.note')} name="note" value={note} onChange={setNote} />
        <FormError message={upload.failure?.message ?? null} />
        {upload.done ? (
          <p role="status" className="lib-done">
            {upload.done}
          </p>
        ) : null}
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={save.isPending}>
            {t('form.newVersionSubmit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
