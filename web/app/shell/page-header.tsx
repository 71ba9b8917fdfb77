import { useRouterState } from '@tanstack/react-router';
import { type ReactNode, useEffect, useRef } from 'react';
import { useBrand } from './brand-context.tsx';

let firstPage = true;

/**
 * The page's h1 and its actions. It names the document, and after a client-side navigation it takes
 * focus, so keyboard and screen-reader users start at the new page rather than in the menu.
 */
export function PageHeader({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  const brand = useBrand();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  useEffect(() => {
    document.title = `${title} · ${brand.brandName}`;
  }, [title, brand.brandName]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when the page changes, not on re-render
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus();
  }, [pathname]);
  return (
    <div className="page-header">
      <div className="page-header__text">
        <h1 ref={ref} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </div>
  );
}
