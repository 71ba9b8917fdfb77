import { ClaimPage } from './claim-page.tsx';
import { ClaimStatusPage } from './claim-status-page.tsx';
import { InfoPage } from './info-page.tsx';
import { RegisterPage } from './register-page.tsx';
import type { OfferfeestRoute } from './route.ts';
import { StatusPage } from './status-page.tsx';
import '../cases/cases.css';
import './offerfeest.css';

/** The Offerfeest pages: one lazy chunk, loaded only on their paths (see `load-page.ts`). */
export default function OfferfeestPage({ route }: { route: OfferfeestRoute }) {
  switch (route.page) {
    case 'info':
      return <InfoPage />;
    case 'register':
      return <RegisterPage />;
    case 'claim':
      return <ClaimPage />;
    case 'status':
      return <StatusPage code={route.code} />;
    case 'claim-status':
      return <ClaimStatusPage code={route.code} />;
  }
}
