import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useRef } from 'react';
import { CHECKLIST_STATUS_LABELS, CHECKLIST_STATUSES } from '../../../contracts/case-types.ts';
import type { CaseDetail } from '../../../contracts/cases.ts';
import { Button } from '../../components/ui/button.tsx';
import { casesKeys } from './api.ts';
import { formatDate, todayInBrussels } from './case-format.ts';
import {
  type ChecklistState,
  checklistDraft,
  checklistFromDraft,
  checklistState,
  type Due,
  type LineDraft,
  newLine,
  withStandardItems,
  withStatus,
} from './checklist-form.ts';
import { EditorCard, useFieldsEditor } from './fields-editor.tsx';
import { useCasesI18n } from './i18n.ts';
import { InputField, SelectField } from './parts.tsx';
import { listDocuments } from './work-api.ts';

const STATUS_OPTIONS = CHECKLIST_STATUSES.map((s) => ({ value: s, label: CHECKLIST_STATUS_LABELS[s] }));
const statusText = (status: string) => STATUS_OPTIONS.find((o) => o.value === status)?.label ?? status;

function DueLine({ label, due }: { label: string; due: Due }) {
  const { t } = useCasesI18n();
  const days =
    due.daysLeft >= 0
      ? t('checklist.daysLeft', { days: due.daysLeft })
      : t('checklist.daysPast', { days: -due.daysLeft });
  const tone = due.daysLeft < 0 ? 'badge--failed' : due.daysLeft <= 14 ? 'badge--held' : '';
  return (
    <li>
      {label} <span className={`badge ${tone}`.trim()}>{days}</span>
    </li>
  );
}

function Summary({ state }: { state: ChecklistState }) {
  const { t } = useCasesI18n();
  return (
    <div className="cases-summary" data-outstanding={state.outstanding.length}>
      {state.total > 0 ? (
        <p>
          {t('checklist.count', { received: state.received, total: state.total, notNeeded: state.notNeeded })}
        </p>
      ) : null}
      {state.total > 0 && state.outstanding.length === 0 ? <p>{t('checklist.complete')}</p> : null}
      {state.outstanding.length > 0 ? (
        <p className="cases-missing">
          <strong>{t('checklist.outstanding', { items: state.outstanding.join(', ') })}</strong>
        </p>
      ) : null}
      <ul className="cases-deadlines">
        {state.documentsDue ? (
          <DueLine
            label={t('checklist.documentsDue', { date: formatDate(state.documentsDue.on) })}
            due={state.documentsDue}
          />
        ) : null}
        {state.decisionDue ? (
          <DueLine
            label={t('checklist.decisionDue', { date: formatDate(state.decisionDue.on) })}
            due={state.decisionDue}
          />
        ) : null}
      </ul>
    </div>
  );
}

/** The stored checklist as a table, with the files uploaded for each line (Documenten tab). */
function ChecklistTable({ lines, caseId }: { lines: readonly LineDraft[]; caseId: string }) {
  const { t } = useCasesI18n();
  const documents = useQuery({
    queryKey: casesKeys.work(caseId, 'documents'),
    queryFn: () => listDocuments(caseId),
  });
  const filesOf = (item: string) =>
    (documents.data?.items ?? [])
      .filter(
        (doc) => doc.checklistItem?.trim().toLocaleLowerCase('nl') === item.trim().toLocaleLowerCase('nl'),
      )
      .map((doc) => doc.title)
      .join(', ');
  return (
    <table className="table cases-checklist">
      <caption className="visually-hidden">{t('checklist.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('checklist.col.item')}</th>
          <th scope="col">{t('checklist.col.status')}</th>
          <th scope="col">{t('checklist.col.requestedOn')}</th>
          <th scope="col">{t('checklist.col.receivedOn')}</th>
          <th scope="col">{t('checklist.col.note')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => {
          const files = filesOf(line.item);
          return (
            <tr key={line.id} data-status={line.status}>
              <th scope="row">
                {line.item}
                {files ? <span className="cases-meta"> · {files}</span> : null}
              </th>
              <td>
                <span
                  className={`badge ${line.status === 'received' ? 'badge--sent' : line.status === 'not_needed' ? '' : 'badge--failed'}`.trim()}
                >
                  {statusText(line.status)}
                </span>
              </td>
              <td>{formatDate(line.requestedOn)}</td>
              <td>{formatDate(line.receivedOn)}</td>
              <td>{line.note}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function LineFields(props: {
  index: number;
  line: LineDraft;
  today: string;
  onChange: (next: LineDraft) => void;
  onRemove: () => void;
  errors: Readonly<Record<string, string>>;
}) {
  const { t } = useCasesI18n();
  const { index, line } = props;
  const name = line.item.trim() || t('checklist.item', { n: index + 1 });
  const err = (field: string) =>
    props.errors[`checklist.${index}.${field}`] ?? props.errors[`fields.checklist.${index}.${field}`];
  const set = (key: keyof LineDraft) => (v: string) => props.onChange({ ...line, [key]: v });
  return (
    <fieldset className="cases-fieldset" data-line={index}>
      <legend>{name}</legend>
      <div className="cases-grid">
        <InputField
          label={t('checklist.item', { n: index + 1 })}
          name={`checklist.${index}.item`}
          required
          value={line.item}
          onChange={set('item')}
          error={err('item')}
        />
        <SelectField
          label={t('checklist.status', { item: name })}
          name={`checklist.${index}.status`}
          value={line.status}
          onChange={(status) => props.onChange(withStatus(line, status, props.today))}
          options={STATUS_OPTIONS}
          error={err('status')}
        />
        <InputField
          label={t('checklist.requestedOn', { item: name })}
          name={`checklist.${index}.requestedOn`}
          type="date"
          value={line.requestedOn}
          onChange={set('requestedOn')}
          error={err('requestedOn')}
        />
        <InputField
          label={t('checklist.receivedOn', { item: name })}
          name={`checklist.${index}.receivedOn`}
          type="date"
          value={line.receivedOn}
          onChange={set('receivedOn')}
          error={err('receivedOn')}
        />
        <InputField
          label={t('checklist.note', { item: name })}
          name={`checklist.${index}.note`}
          value={line.note}
          onChange={set('note')}
          error={err('note')}
        />
      </div>
      <Button variant="quiet" onPress={props.onRemove}>
        {t('checklist.remove', { item: name })}
      </Button>
    </fieldset>
  );
}

/**
 * "Documenten voor NARIC": the checklist of `fields.checklist` with what is still missing and the
 * NARIC deadlines the case type derives (6 months for missing documents, 60/120 days to decide).
 */
export function ChecklistSection({ detail, editable }: { detail: CaseDetail; editable: boolean }) {
  const { t } = useCasesI18n();
  const editor = useFieldsEditor(detail, (fields) => checklistDraft(fields.checklist), t('checklist.saved'));
  const counter = useRef(0);
  const nextId = () => `new-${counter.current++}`;
  const today = todayInBrussels();
  const state = checklistState(editor.stored, detail.derived, today);
  const lines = editor.draft;
  const setLines = (next: LineDraft[]) => editor.setDraft(next);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    editor.submit(checklistFromDraft(lines, t('error.validation'), today));
  };
  return (
    <EditorCard
      name="checklist"
      editable={editable}
      editor={editor}
      onSubmit={submit}
      form={
        <>
          {lines.map((line, index) => (
            <LineFields
              key={line.id}
              index={index}
              line={line}
              today={today}
              onChange={(next) => setLines(lines.map((l) => (l.id === line.id ? next : l)))}
              onRemove={() => setLines(lines.filter((l) => l.id !== line.id))}
              errors={editor.errors}
            />
          ))}
          <div className="form__actions">
            <Button onPress={() => setLines([...lines, newLine(nextId())])}>{t('checklist.add')}</Button>
            <Button onPress={() => setLines(withStandardItems(lines, detail.fields, nextId))}>
              {t('checklist.standard')}
            </Button>
          </div>
        </>
      }
    >
      <Summary state={state} />
      {editor.stored.length > 0 ? (
        <ChecklistTable lines={editor.stored} caseId={detail.id} />
      ) : (
        <p>{t('checklist.empty')}</p>
      )}
    </EditorCard>
  );
}
