import type { DayPlan } from '../../../contracts/interpreting-planning.ts';
import type { InterpreterSummary } from '../../../contracts/interpreting-register.ts';
import { formatDateTime } from '../../components/ui/date-time.tsx';
import { Select } from '../../components/ui/select.tsx';
import { EmptyState } from '../../components/ui/states.tsx';
import { languageLabel } from '../interpreting/languages.ts';
import { choicesFor, chosenFor, OPEN, type PlanDraft, type PlanItem, splitLanguage } from './day-plan.ts';
import { useDispatchI18n } from './i18n.ts';

type RowProps = {
  item: PlanItem;
  register: readonly InterpreterSummary[];
  draft: PlanDraft;
  editable: boolean;
  onChoose: (requestId: string, interpreterId: string | null) => void;
};

function PlanRow({ item, register, draft, editable, onChoose }: RowProps) {
  const { t } = useDispatchI18n();
  const chosen = chosenFor(item, draft);
  const changed = chosen !== item.interpreterId;
  const { language, variant } = splitLanguage(item.language);
  return (
    <tr
      className="table__row"
      data-plan-item={item.reference}
      data-filled={item.interpreterId ? 'yes' : 'no'}
    >
      <th scope="row" className="table__cell dispatch-nowrap">
        {item.reference}
      </th>
      <td className="table__cell dispatch-nowrap">
        {/* Every row is on the plan's day (named in the totals): the hours are enough. */}
        <time dateTime={item.start}>
          {formatDateTime(item.start, 'nl-BE', 'time')}–{formatDateTime(item.end, 'nl-BE', 'time')}
        </time>
      </td>
      <td className="table__cell">{languageLabel(language, variant)}</td>
      <td className="table__cell dispatch-nowrap">
        {item.interpreterCode ?? <span className="dispatch-open">{t('plan.open')}</span>}
      </td>
      <td className="table__cell dispatch-reason">{item.reason}</td>
      {editable ? (
        <td className="table__cell dispatch-choice">
          <Select
            label={
              <span className="visually-hidden">{t('plan.changeLabel', { reference: item.reference })}</span>
            }
            options={choicesFor(item, register, t('plan.leaveOpen'))}
            value={chosen ?? OPEN}
            onChange={(v) => onChoose(item.requestId, v === OPEN || v === null ? null : v)}
            description={changed ? t('plan.changed') : undefined}
          />
        </td>
      ) : null}
    </tr>
  );
}

/** The day's requests: a plain table, so each row's interpreter picker works like any other field. */
export function PlanTable(props: Omit<RowProps, 'item'> & { plan: DayPlan }) {
  const { t } = useDispatchI18n();
  if (props.plan.items.length === 0) return <EmptyState title={t('plan.noItems')} />;
  return (
    <section aria-labelledby="plan-items" className="interp-section">
      <h2 id="plan-items">{t('plan.items')}</h2>
      <div className="data-table__scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col" className="table__header">
                {t('plan.reference')}
              </th>
              <th scope="col" className="table__header">
                {t('plan.time')}
              </th>
              <th scope="col" className="table__header">
                {t('plan.language')}
              </th>
              <th scope="col" className="table__header">
                {t('plan.interpreter')}
              </th>
              <th scope="col" className="table__header">
                {t('plan.reason')}
              </th>
              {props.editable ? (
                <th scope="col" className="table__header">
                  {t('plan.change')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {props.plan.items.map((item) => (
              <PlanRow
                key={item.requestId}
                item={item}
                register={props.register}
                draft={props.draft}
                editable={props.editable}
                onChoose={props.onChoose}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
