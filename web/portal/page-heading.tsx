import { type ReactNode, useEffect, useRef } from 'react';
import { usePortalConfig } from './use-portal.ts';

let firstRender = true;

/**
 * The page's h1. It sets the document title, and after a client-side navigation it takes focus, so
 * a screen-reader or keyboard user lands at the new page's start instead of on the clicked link.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { brandName } = usePortalConfig();
  useEffect(() => {
    document.title = `${title} · ${brandName}`;
  }, [title, brandName]);
  useEffect(() => {
    if (firstRender) {
      firstRender = false;
      return;
    }
    ref.current?.focus();
    window.scrollTo(0, 0);
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children ?? title}
    </h1>
  );
}
