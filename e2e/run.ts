import { appChecks } from './app-checks.ts';
import { casesChecks } from './cases.ts';
import { casesEditorsChecks } from './cases-editors.ts';
import { casesPortalChecks } from './cases-portal.ts';
import { runChecks } from './harness.ts';
import { interpretingChecks } from './interpreting.ts';
import { interpretingBillingChecks } from './interpreting-billing.ts';
import { dispatchChecks } from './interpreting-dispatch.ts';
import { libraryChecks } from './library.ts';
import { offerfeestChecks } from './offerfeest.ts';
import { plainLanguageChecks } from './plain-language.ts';
import { portalChecks } from './portal-checks.ts';
import { scholarshipChecks } from './scholarships.ts';
import { launchChromium, startWebServer } from './server.ts';
import { transitChecks } from './transit.ts';

/**
 * End-to-end: the real server on a fresh embedded database with demo data, the built web app, Debian's
 * Chromium. Prints one line per check and closes with "N passed, N failed"; exits non-zero on failure.
 * `npm run build:web` first (CI does). E2E_ONLY=<text> runs only the checks whose name contains it.
 */
const server = await startWebServer();
const browser = await launchChromium();
let failed = 1;
try {
  console.log(`e2e against ${server.url} (server ready in ${Math.round(server.readyMs)} ms)`);
  const results = await runChecks({ browser, baseUrl: server.url }, [
    ...portalChecks,
    ...appChecks,
    ...interpretingChecks,
    ...interpretingBillingChecks,
    ...dispatchChecks,
    ...plainLanguageChecks,
    ...libraryChecks,
    ...casesChecks,
    ...casesEditorsChecks,
    ...casesPortalChecks,
    ...scholarshipChecks,
    ...transitChecks,
    ...offerfeestChecks,
  ]);
  const passed = results.filter((r) => r.ok).length;
  failed = results.length - passed;
  console.log(`\n${passed} passed, ${failed} failed`);
} catch (error) {
  console.error(error);
  console.log('\n0 passed, 1 failed');
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed === 0 ? 0 : 1);
