import { type ReactNode, useMemo, useState } from 'react';
import { Cell, Column, Row, type SortDescriptor, Table, TableBody, TableHeader } from 'react-aria-components';
import { type Page, Pagination } from './pagination.tsx';
import { EmptyState, ErrorState, Skeleton } from './states.tsx';

export type TableColumn<T> = {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** Makes the column sortable. Without `onSortChange` on the table, rows are sorted by this value. */
  sortValue?: (row: T) => string | number | null;
  isRowHeader?: boolean;
};

export type SortState = { column: string; direction: 'ascending' | 'descending' };

export type DataTableProps<T> = {
  /** Accessible name of the table (what a screen reader announces on entering it). */
  label: string;
  columns: readonly TableColumn<T>[];
  rows: readonly T[] | undefined;
  rowKey: (row: T) => string;
  isLoading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  empty?: ReactNode;
  /** Controlled sorting (server-side). Leave out to sort the loaded rows in the browser. */
  sort?: SortState | null;
  onSortChange?: (sort: SortState) => void;
  pagination?: { total: number; page: Page; onChange: (page: Page) => void };
};

function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

/**
 * A grid with keyboard navigation between cells, sortable columns (aria-sort), a skeleton while
 * loading, an empty and an error state, and pagination. On a narrow screen it scrolls sideways
 * inside its own focusable region, so the page itself never does.
 */
export function DataTable<T extends object>(props: DataTableProps<T>) {
  const { columns, rows, onSortChange } = props;
  const [localSort, setLocalSort] = useState<SortState | null>(null);
  const sort = onSortChange ? (props.sort ?? null) : localSort;
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.id === sort?.column);
    if (!rows || onSortChange || !sort || !column?.sortValue) return rows ?? [];
    const value = column.sortValue;
    const factor = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => factor * compare(value(a), value(b)));
  }, [rows, columns, sort, onSortChange]);

  if (props.error) return <ErrorState error={props.error} onRetry={props.onRetry} />;

  const descriptor: SortDescriptor | undefined = sort
    ? { column: sort.column, direction: sort.direction }
    : undefined;
  const changeSort = (next: SortDescriptor) => {
    const state: SortState = { column: String(next.column), direction: next.direction };
    if (onSortChange) onSortChange(state);
    else setLocalSort(state);
  };
  return (
    <div className="data-table">
      <div className="data-table__scroll">
        <Table
          aria-label={props.label}
          sortDescriptor={descriptor}
          onSortChange={changeSort}
          className="table"
        >
          <TableHeader columns={columns}>
            {(column) => (
              <Column
                id={column.id}
                isRowHeader={column.isRowHeader}
                allowsSorting={Boolean(column.sortValue)}
                className="table__header"
              >
                {({ sortDirection, allowsSorting }) => (
                  <span className="table__header-content">
                    {column.header}
                    {allowsSorting ? (
                      <span aria-hidden="true" className="table__sort">
                        {sortDirection === 'ascending' ? '▲' : sortDirection === 'descending' ? '▼' : '↕'}
                      </span>
                    ) : null}
                  </span>
                )}
              </Column>
            )}
          </TableHeader>
          <TableBody
            items={props.isLoading ? [] : sorted}
            renderEmptyState={() =>
              props.isLoading ? <Skeleton lines={4} /> : (props.empty ?? <EmptyState />)
            }
          >
            {(row) => (
              <Row id={props.rowKey(row)} columns={columns} className="table__row">
                {(column) => <Cell className="table__cell">{column.cell(row)}</Cell>}
              </Row>
            )}
          </TableBody>
        </Table>
      </div>
      {props.pagination && !props.isLoading ? <Pagination {...props.pagination} /> : null}
    </div>
  );
}
