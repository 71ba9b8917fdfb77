import type { ReactNode } from 'react';
import './billing.css';

export type SimpleColumn<T> = { id: string; header: string; cell: (row: T) => ReactNode; numeric?: boolean };

/**
 * A read-only table with a caption and header scopes: figures and totals need no keyboard grid,
 * and a plain table reads best in a screen reader's table mode. It scrolls sideways on its own.
 */
export function SimpleTable<T>(props: {
  caption: string;
  columns: readonly SimpleColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  footer?: readonly ReactNode[];
}) {
  const [first, ...rest] = props.columns;
  if (!first) return null;
  const align = (c: SimpleColumn<T>) => (c.numeric ? 'table__cell bill-num' : 'table__cell');
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="data-table__scroll" tabIndex={0} aria-label={props.caption}>
      <table className="table bill-table">
        <caption className="bill-caption">{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th key={c.id} scope="col" className={`table__header${c.numeric ? ' bill-num' : ''}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={props.rowKey(row)} className="table__row">
              <th scope="row" className={align(first)}>
                {first.cell(row)}
              </th>
              {rest.map((c) => (
                <td key={c.id} className={align(c)}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {props.footer ? (
          <tfoot>
            <tr className="table__row bill-total">
              {props.footer.map((cell, i) =>
                i === 0 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: footer cells are fixed by position
                  <th key={i} scope="row" className="table__cell">
                    {cell}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: footer cells are fixed by position
                  <td key={i} className={align(props.columns[i] ?? first)}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </section>
  );
}
