import { Button } from './button.tsx';
import { useUiI18n } from './use-ui-i18n.ts';

export type Page = { limit: number; offset: number };

/** "21–40 of 143" with previous and next; the range is announced politely when it changes. */
export function Pagination({
  total,
  page,
  onChange,
}: {
  total: number;
  page: Page;
  onChange: (page: Page) => void;
}) {
  const { t } = useUiI18n();
  const from = total === 0 ? 0 : page.offset + 1;
  const to = Math.min(page.offset + page.limit, total);
  return (
    <nav className="pagination" aria-label={t('ui.table.pagination')}>
      <p className="pagination__range" aria-live="polite">
        {t('ui.table.range', { from, to, total })}
      </p>
      <div className="pagination__buttons">
        <Button
          isDisabled={page.offset === 0}
          onPress={() => onChange({ ...page, offset: Math.max(0, page.offset - page.limit) })}
        >
          <span aria-hidden="true" className="flip-rtl">
            ‹
          </span>{' '}
          {t('ui.table.previous')}
        </Button>
        <Button
          isDisabled={to >= total}
          onPress={() => onChange({ ...page, offset: page.offset + page.limit })}
        >
          {t('ui.table.next')}{' '}
          <span aria-hidden="true" className="flip-rtl">
            ›
          </span>
        </Button>
      </div>
    </nav>
  );
}
