import type { ReservationDetail } from '../../../contracts/transit.ts';
import { billUrl, receiptUrl } from './api.ts';
import { formatInstant, formatMoney } from './format.ts';
import { useTransitI18n } from './i18n.ts';

function BillTable({ bill, id }: { bill: NonNullable<ReservationDetail['bill']>; id: string }) {
  const { t } = useTransitI18n();
  return (
    <>
      <h3>{t('money.bill', { number: bill.number })}</h3>
      <div className="transit-scroll">
        <table className="transit-table">
          <caption className="visually-hidden">{t('money.lines')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('money.description')}</th>
              <th scope="col" className="num">
                {t('money.quantity')}
              </th>
              <th scope="col" className="num">
                {t('money.unit')}
              </th>
              <th scope="col" className="num">
                {t('money.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {bill.lines.map((line, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: bill lines are fixed and ordered
              <tr key={index}>
                <td>{line.description}</td>
                <td className="num">{line.quantity.toLocaleString('nl-BE')}</td>
                <td className="num">{formatMoney(line.unitCents)}</td>
                <td className="num">{formatMoney(line.amountCents)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('money.total')}
              </th>
              <td className="num">{formatMoney(bill.totalCents)}</td>
            </tr>
            <tr>
              <th scope="row" colSpan={3}>
                {t('money.paid')}
              </th>
              <td className="num">{formatMoney(bill.paidCents)}</td>
            </tr>
            <tr>
              <th scope="row" colSpan={3}>
                {bill.balanceCents === 0 ? t('money.settled') : t('money.balance')}
              </th>
              <td className="num">{formatMoney(bill.balanceCents)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p>
        <a href={billUrl(id)} className="transit-link">
          {t('money.billPdf', { number: bill.number })}
        </a>
      </p>
    </>
  );
}

/** The payments with their receipts, and the final bill with its lines once checked out. */
export function MoneySection({ detail }: { detail: ReservationDetail }) {
  const { t } = useTransitI18n();
  return (
    <section className="transit-card-block" aria-labelledby="transit-money">
      <h2 id="transit-money">{t('money.title')}</h2>
      <h3>{t('money.payments')}</h3>
      {detail.payments.length === 0 ? (
        <p>{t('money.noPayments')}</p>
      ) : (
        <ul className="transit-list">
          {detail.payments.map((p) => (
            <li key={p.id}>
              <span>
                {t(`kind.${p.kind}`)}: <strong>{formatMoney(p.amountCents)}</strong> (
                {t(`method.${p.method}`)}, {formatInstant(p.createdAt)})
              </span>{' '}
              <a href={receiptUrl(detail.id, p.id)} className="transit-link">
                {t('money.receipt', { number: p.receiptNumber })}
              </a>
            </li>
          ))}
        </ul>
      )}
      {detail.bill ? <BillTable bill={detail.bill} id={detail.id} /> : <p>{t('money.noBill')}</p>}
    </section>
  );
}
