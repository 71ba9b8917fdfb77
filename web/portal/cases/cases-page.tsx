import { EducationQuestionPage } from './education-question-page.tsx';
import { GuidanceAppointmentPage } from './guidance-appointment-page.tsx';
import type { CasesRoute } from './route.ts';
import { ScholarshipPage } from './scholarship-page.tsx';
import { StatusPage } from './status-page.tsx';
import './cases.css';

/**
 * The public forms and the status page: one lazy chunk, loaded only on their paths (see
 * `load-page.ts`), so they weigh nothing on the portal's first load.
 */
export default function CasesPage({ route }: { route: CasesRoute }) {
  switch (route.page) {
    case 'education-question':
      return <EducationQuestionPage />;
    case 'guidance-appointment':
      return <GuidanceAppointmentPage />;
    case 'scholarship':
      return <ScholarshipPage />;
    case 'status':
      return <StatusPage code={route.code} />;
  }
}
