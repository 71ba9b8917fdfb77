import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CaseNote } from '../../../contracts/case-work.ts';
import { casesKeys } from './api.ts';
import { formatDateTime } from './case-format.ts';
import { useCasesI18n } from './i18n.ts';
import { CheckboxField, InputField } from './parts.tsx';
import { addNote, listNotes } from './work-api.ts';
import { useWorkMutation, WorkForm, WorkList } from './work-common.tsx';

function NoteItem({ note }: { note: CaseNote }) {
  const { t } = useCasesI18n();
  const author = note.author?.name ?? t('unknown');
  const by = t('notes.by', { author, date: formatDateTime(note.createdAt) });
  if (note.hidden) {
    return (
      <li className="cases-work-item cases-note cases-note--hidden">
        <span className="badge badge--held">{t('notes.badge')}</span> {t('notes.hidden', { author })}
        <span className="cases-meta"> · {formatDateTime(note.createdAt)}</span>
      </li>
    );
  }
  return (
    <li className="cases-work-item cases-note">
      {note.confidentiality === 'confidential' ? (
        <span className="badge badge--held">{t('notes.badge')}</span>
      ) : null}
      <p className="cases-note__body">{note.body}</p>
      <span className="cases-meta">{by}</span>
    </li>
  );
}

/** Notes, newest first; a confidential one shows to others only as "a confidential note by …". */
export function NotesSection({ caseId, editable }: { caseId: string; editable: boolean }) {
  const { t } = useCasesI18n();
  const [body, setBody] = useState('');
  const [confidential, setConfidential] = useState(false);
  const query = useQuery({ queryKey: casesKeys.work(caseId, 'notes'), queryFn: () => listNotes(caseId) });
  const add = useWorkMutation(
    caseId,
    'notes',
    () => addNote(caseId, { body: body.trim(), confidentiality: confidential ? 'confidential' : 'standard' }),
    () => {
      setBody('');
      setConfidential(false);
    },
  );
  const submit = () => {
    if (!body.trim()) {
      add.setErrors({ body: t('error.validation') });
      return;
    }
    add.mutation.mutate(undefined);
  };
  return (
    <>
      <WorkList
        query={query}
        empty={t('notes.none')}
        label={t('tab.notes')}
        render={(note) => <NoteItem key={note.id} note={note} />}
      />
      {editable ? (
        <WorkForm
          title={t('notes.add')}
          submit={t('notes.add')}
          pending={add.mutation.isPending}
          message={add.message}
          onSubmit={submit}
        >
          <InputField
            label={t('notes.body')}
            name="noteBody"
            multiline
            required
            value={body}
            onChange={setBody}
            error={add.errors.body}
          />
          <CheckboxField
            label={t('notes.confidential')}
            name="confidential"
            checked={confidential}
            onChange={setConfidential}
          />
        </WorkForm>
      ) : null}
    </>
  );
}
