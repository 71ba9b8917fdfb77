import type { BrowserContext, Page } from 'playwright-core';
import { ROLES, type Role } from '../contracts/identity.ts';
import { navFor } from '../web/app/nav/nav-registry.ts';
import { app as en } from '../web/i18n/catalogs/app/en.ts';
import { app as nl } from '../web/i18n/catalogs/app/nl.ts';
import { ui as uiNl } from '../web/i18n/catalogs/ui/nl.ts';
import { assert, assertEqual, type Check, type Ctx, horizontalOverflow, scan, withPage } from './harness.ts';

const PASSWORD = 'wegwijs-demo';
const emailOf = (role: Role) => `${role}@demo.wegwijs.test`;

type Session = Awaited<ReturnType<BrowserContext['storageState']>>;
/** Sessions of the role checks, reused by later checks so the login rate limit is not spent twice. */
const sessions = new Map<Role, Session>();

/**
 * Signs in through the form, as a person would. The server limits sign-ins per address and minute;
 * when the suite hits that limit it waits as the server asks (Retry-After) instead of failing.
 */
async function signIn(page: Page, role: Role): Promise<void> {
  await page.goto('/app/login');
  await page.locator('input[name="email"]').fill(emailOf(role));
  await page.locator('input[name="password"]').fill(PASSWORD);
  for (let attempt = 0; attempt < 3; attempt++) {
    const answer = page.waitForResponse(
      (r) => r.url().endsWith('/api/auth/login') && r.request().method() === 'POST',
    );
    await page.locator('button[type="submit"]').click();
    const response = await answer;
    if (response.status() !== 429) break;
    const seconds = Number(response.headers()['retry-after'] ?? 60);
    console.log(`      (login rate limit reached: waiting ${seconds} s as the server asks)`);
    await page.waitForTimeout(seconds * 1000 + 250);
  }
  await page.waitForURL((url) => !url.pathname.startsWith('/app/login'), { timeout: 15_000 });
  await page.locator('nav.app-nav').waitFor({ state: 'attached' });
  sessions.set(role, await page.context().storageState());
}

/** A page signed in as `role`: the session from its role check when there is one, else a fresh sign-in. */
async function asRole(page: Page, role: Role, path: string): Promise<void> {
  const session = sessions.get(role);
  if (session) {
    await page.context().addCookies(session.cookies);
    await page.goto(path);
    await page.locator('nav.app-nav').waitFor({ state: 'attached' });
  } else {
    await signIn(page, role);
    await page.goto(path);
  }
}

async function h1(page: Page): Promise<string> {
  const heading = page.locator('main h1').first();
  await heading.waitFor();
  return ((await heading.textContent()) ?? '').trim();
}

const signedOutPages: Check = {
  name: 'app: sign-in, forgot-password and reset pages in Dutch and English have zero axe violations',
  run: async (ctx) => {
    for (const [locale, catalog] of [
      ['nl-BE', nl],
      ['en-GB', en],
    ] as const) {
      await withPage(ctx, { locale }, async (page) => {
        const lang = locale.slice(0, 2);
        await page.goto('/app/');
        await page.waitForURL('**/app/login**');
        assertEqual(
          await h1(page),
          catalog['login.title'].replace('{brand}', (await page.locator('.brand').textContent()) ?? ''),
          `${lang} login title`,
        );
        await scan(page, `app-login-${lang}`);
        await page.goto('/app/forgot-password');
        assertEqual(await h1(page), catalog['reset.request.title'], `${lang} forgot title`);
        await scan(page, `app-forgot-password-${lang}`);
        await page.goto('/app/reset-password?token=0123456789abcdefghijklmnop');
        assertEqual(await h1(page), catalog['reset.confirm.title'], `${lang} reset title`);
        await scan(page, `app-reset-password-${lang}`);
      });
    }
  },
};

const cityAccountButton: Check = {
  name: 'app: the "city account" sign-in button appears when /api/config says OIDC is configured',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await page.route('**/api/config', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, json: { ...(await response.json()), oidcEnabled: true } });
      });
      await page.goto('/app/login');
      const button = page.getByRole('link', { name: nl['login.oidc'] });
      await button.waitFor();
      assertEqual(await button.getAttribute('href'), '/api/auth/oidc/login', 'single sign-on link');
      await scan(page, 'app-login-oidc');
    }),
};

const loginErrors: Check = {
  name: 'app: empty and wrong sign-in show inline field errors and a form error, announced',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await page.goto('/app/login');
      await page.locator('button[type="submit"]').click();
      await page.locator('input[name="email"][aria-invalid="true"]').waitFor();
      assertEqual(
        await page.evaluate<string | null>(
          'document.activeElement && document.activeElement.getAttribute("name")',
        ),
        'email',
        'focus moves to the first invalid field',
      );
      assert(
        ((await page.locator('.field__error').first().textContent()) ?? '').includes(
          uiNl['ui.validation.required'],
        ),
        'required message in Dutch',
      );
      await scan(page, 'app-login-errors');
      await page.locator('input[name="email"]').fill('admin@demo.wegwijs.test');
      await page.locator('input[name="password"]').fill('not-the-password');
      await page.locator('button[type="submit"]').click();
      const alert = page.locator('.form-error[role="alert"]');
      await alert.waitFor();
      assertEqual(
        ((await alert.textContent()) ?? '').trim(),
        nl['error.AUTH.INVALID_CREDENTIALS'],
        'wrong password message',
      );
    }),
};

/** Every demo role signs in through the form, sees exactly its navigation, and every page it may open passes axe. */
function roleCheck(role: Role): Check {
  return {
    name: `app: ${role} signs in, sees its navigation, every page it opens has zero axe violations`,
    run: (ctx) =>
      withPage(ctx, { locale: 'nl-BE' }, async (page) => {
        await signIn(page, role);
        const sections = navFor([role]);
        const expected = [...sections.work, ...sections.admin, ...sections.account];
        const links = page.locator('nav.app-nav [data-nav]');
        const shown: (string | null)[] = [];
        for (let i = 0; i < (await links.count()); i++)
          shown.push(await links.nth(i).getAttribute('data-nav'));
        assertEqual(
          shown,
          expected.map((e) => e.id),
          `${role} navigation`,
        );
        for (const entry of expected) {
          await page.locator(`nav.app-nav [data-nav="${entry.id}"]`).click();
          await page.waitForURL(
            (url) =>
              url.pathname === `/app${entry.to}`.replace(/\/$/, '') || url.pathname === `/app${entry.to}`,
          );
          // The page's code may still be loading: wait for its own heading, not the previous one.
          const expectedTitle = entry.id === 'home' ? undefined : nl[entry.label];
          await page
            .locator('main h1', expectedTitle ? { hasText: expectedTitle } : {})
            .first()
            .waitFor();
          await page
            .locator('[aria-busy="true"]')
            .first()
            .waitFor({ state: 'detached', timeout: 10_000 })
            .catch(() => {});
          assertEqual(await page.locator('.state--error').count(), 0, `${role} ${entry.id} shows no error`);
          await scan(page, `app-${role}-${entry.id}`);
        }
      }),
  };
}

const forbiddenPage: Check = {
  name: 'app: a page outside your roles says "no access" instead of failing',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await asRole(page, 'requester', '/app/admin/users');
      assertEqual(await h1(page), nl['forbidden.title'], 'forbidden heading');
      await scan(page, 'app-forbidden');
    }),
};

const adminFlows: Check = {
  name: 'app: admin filters users, creates one (inline errors first), sees it in the audit log and outbox',
  run: (ctx: Ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await asRole(page, 'admin', '/app/admin/users?role=interpreter');
      await page.locator('.table__row').first().waitFor();
      const rows = await page.locator('.table__row').allTextContents();
      assert(
        rows.every((r) => r.includes(nl['role.interpreter'])),
        'role filter from the URL applies',
      );
      await page.goto('/app/admin/users');
      await page.getByRole('button', { name: nl['users.new'] }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await dialog.getByRole('button', { name: nl['users.create'] }).click();
      await dialog.locator('[aria-invalid="true"]').first().waitFor();
      await scan(page, 'app-admin-user-dialog-errors');
      const email = `e2e-${Date.now()}@example.test`;
      await dialog.getByLabel(nl['users.email']).fill(email);
      await dialog.getByLabel(nl['users.name']).fill('E2E Testpersoon');
      await dialog.getByText(nl['role.volunteer'], { exact: true }).click();
      await dialog.getByRole('button', { name: nl['users.create'] }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.locator('.toast--success').waitFor();
      await scan(page, 'app-admin-users-toast');
      await page.goto(`/app/admin/audit?entity=user`);
      await page.locator('.table__row').first().waitFor();
      await page.locator('.table__row').first().getByRole('button', { name: nl['audit.details'] }).click();
      await page.getByRole('dialog').waitFor();
      await scan(page, 'app-admin-audit-details');
      await page.keyboard.press('Escape');
      await page.goto('/app/admin/outbox');
      await page.locator('.table__row, .state--empty').first().waitFor();
      await scan(page, 'app-admin-outbox');
    }),
};

const profileAndUiKit: Check = {
  name: 'app: profile switches the app to English; UI kit (dialog, toast, table, date picker) passes axe at 320 px',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE', viewport: { width: 320, height: 700 } }, async (page) => {
      await asRole(page, 'counsellor', '/app/');
      assert((await horizontalOverflow(page)) <= 0, 'no sideways scrolling at 320 px');
      await page.goto('/app/ui-kit');
      await h1(page);
      await scan(page, 'app-ui-kit-320px');
      await page.getByRole('button', { name: 'Kalender' }).first().click();
      await page.locator('.calendar__grid').waitFor();
      assert((await horizontalOverflow(page)) <= 0, 'the open calendar fits in 320 px');
      await scan(page, 'app-ui-kit-calendar');
      await page.keyboard.press('Escape');
      await page.locator('.calendar__grid').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Open dialog' }).click();
      await page.getByRole('dialog').waitFor();
      await scan(page, 'app-ui-kit-dialog');
      await page.keyboard.press('Escape');
      // A real upload through the shared component to the platform's file store.
      await page
        .locator('input[type="file"]')
        .nth(1)
        .setInputFiles({
          name: 'notitie.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from('Een korte notitie om het opladen te testen.\n'),
        });
      await page.getByText('notitie.txt is opgeladen').waitFor();
      await page.getByRole('button', { name: 'Danger' }).click();
      await page.locator('.toast--error').waitFor();
      await scan(page, 'app-ui-kit-toast');
      await page.goto('/app/profile');
      await page.getByRole('button', { name: new RegExp(nl['profile.language']) }).click();
      await page.getByRole('option', { name: 'English' }).click();
      await page.getByRole('button', { name: uiNl['ui.save'] }).click();
      await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
      assertEqual(await h1(page), en['nav.profile'], 'profile heading in English');
      await page.getByRole('button', { name: en['profile.language'] }).click();
      await page.getByRole('option', { name: 'Nederlands' }).click();
      await page.getByRole('button', { name: 'Save' }).click();
      await page.locator('html[lang="nl"]').waitFor({ state: 'attached' });
    }),
};

const signOut: Check = {
  name: 'app: sign out returns to the login page and the session is gone',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await asRole(page, 'manager', '/app/');
      await page.getByRole('button', { name: nl['shell.signOut'] }).click();
      await page.waitForURL('**/app/login');
      await page.goto('/app/admin/audit');
      await page.waitForURL('**/app/login?redirect=**');
    }),
};

export const appChecks: readonly Check[] = [
  signedOutPages,
  cityAccountButton,
  loginErrors,
  ...ROLES.map(roleCheck),
  forbiddenPage,
  adminFlows,
  profileAndUiKit,
  signOut,
];
