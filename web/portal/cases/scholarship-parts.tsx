import { FILE_LIMITS, FILE_TYPES, type FieldProblem, megabytes } from './form-rules.ts';
import type { CasesT } from './i18n.ts';
import type { CasesMessageKey } from './messages/nl.ts';

/** The scholarship form's own parts: the goal and the two document pickers. */

const GOALS = ['higher_education', 'qualified_work', 'other'] as const;
export type Goal = (typeof GOALS)[number];
const GOAL_LABELS: Record<Goal, CasesMessageKey> = {
  higher_education: 'scGoalHigher',
  qualified_work: 'scGoalWork',
  other: 'scGoalOther',
};

export type Files = { statusDocument: File[]; incomeProof: File[] };

export function GoalChoice({
  value,
  onChange,
  t,
}: {
  value?: Goal;
  onChange: (g: Goal) => void;
  t: CasesT['t'];
}) {
  return (
    <fieldset className="case-fieldset">
      <legend>
        {t('scGoal')} <span className="case-field__optional">{t('optional')}</span>
      </legend>
      {GOALS.map((goal) => (
        <div className="case-check" key={goal}>
          <input
            id={`goal-${goal}`}
            type="radio"
            name="goal"
            value={goal}
            checked={value === goal}
            onChange={() => onChange(goal)}
          />
          <label htmlFor={`goal-${goal}`}>{t(GOAL_LABELS[goal])}</label>
        </div>
      ))}
    </fieldset>
  );
}

type DocumentsProps = {
  files: Files;
  onChange: (f: Files) => void;
  problem?: FieldProblem;
  t: CasesT['t'];
};

/** Two pickers, one per kind of document; the error about them (none, too big…) under both. */
export function Documents({ files, onChange, problem, t }: DocumentsProps) {
  const accept = FILE_TYPES.join(',');
  const picker = (part: keyof Files, label: CasesMessageKey, id: string) => (
    <div className="case-field">
      <label htmlFor={id}>{t(label)}</label>
      <input
        id={id}
        name={part}
        type="file"
        multiple
        accept={accept}
        onChange={(event) => onChange({ ...files, [part]: Array.from(event.target.files ?? []) })}
        aria-describedby={problem ? 'files-hint files-error' : 'files-hint'}
        aria-invalid={problem ? true : undefined}
      />
    </div>
  );
  return (
    <fieldset
      className={problem ? 'case-fieldset case-field--invalid' : 'case-fieldset'}
      id="files"
      tabIndex={-1}
    >
      <legend>{t('scFiles')}</legend>
      <p id="files-hint" className="case-field__hint">
        {t('scFilesHint', { size: megabytes(FILE_LIMITS.maxBytes) })}
      </p>
      {picker('statusDocument', 'scStatusDocument', 'statusDocument')}
      {picker('incomeProof', 'scIncomeProof', 'incomeProof')}
      {problem ? (
        <p id="files-error" className="case-field__error">
          {t(problem.key, problem.values)}
        </p>
      ) : null}
    </fieldset>
  );
}
