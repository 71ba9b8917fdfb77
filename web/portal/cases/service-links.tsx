import { PortalLink } from '../portal-router.tsx';
import { useCasesT } from './i18n.ts';
import type { CasesMessageKey } from './messages/nl.ts';
import './cases.css';

/** The form each service offers on its page, and for all of them the way to the status page. */
const FORM_OF: Partial<Record<string, { href: string; label: CasesMessageKey }>> = {
  'education-info-point': { href: '/education-question', label: 'linkEducationQuestion' },
  'newcomer-guidance': { href: '/guidance-appointment', label: 'linkGuidance' },
  'uct-scholarship': { href: '/scholarship', label: 'linkScholarship' },
};

/**
 * Content of the service pages of the education info point, newcomer guidance and the UCT
 * scholarship (`page:` in `portal/services.ts`): the way into the form and to the status page.
 */
/** Props as services.ts passes them (not imported from there: that file imports this one). */
export default function CasesServiceLinks({ slug }: { slug: string }) {
  const { t } = useCasesT();
  const form = FORM_OF[slug];
  return (
    <ul className="case-links">
      {form ? (
        <li>
          <PortalLink href={form.href} className="case-button case-button--link">
            {t(form.label)}
          </PortalLink>
        </li>
      ) : null}
      <li>
        <PortalLink href="/status">{t('linkStatus')}</PortalLink>
      </li>
    </ul>
  );
}
