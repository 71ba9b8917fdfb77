import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { moduleRoutes } from './modules.ts';
import { HomePage } from './pages/home-page.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { meQuery } from './session.tsx';
import { AppShell } from './shell/app-shell.tsx';
import { AuthLayout } from './shell/auth-layout.tsx';
import { RouteError } from './shell/route-error.tsx';

export type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
});

/** Pages for people who are not signed in yet. */
const publicLayout = createRoute({ getParentRoute: () => rootRoute, id: 'public', component: AuthLayout });

const loginRoute = createRoute({ getParentRoute: () => publicLayout, path: '/login', component: LoginPage });
const forgotPasswordRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/forgot-password',
  component: lazyRouteComponent(() => import('./pages/forgot-password-page.tsx'), 'ForgotPasswordPage'),
});
const resetPasswordRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/reset-password',
  component: lazyRouteComponent(() => import('./pages/reset-password-page.tsx'), 'ResetPasswordPage'),
});

/**
 * Everything else needs a session. The check runs before the page loads, so a signed-out visitor
 * goes straight to the login page and returns to where she was going afterwards.
 */
const signedIn = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  component: AppShell,
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: '/login', search: { redirect: location.href } });
  },
});

const page = (path: string, load: () => Promise<Record<string, unknown>>, name: string) =>
  createRoute({ getParentRoute: () => signedIn, path, component: lazyRouteComponent(load, name) });

const homeRoute = createRoute({ getParentRoute: () => signedIn, path: '/', component: HomePage });

export const routeTree = rootRoute.addChildren([
  publicLayout.addChildren([loginRoute, forgotPasswordRoute, resetPasswordRoute]),
  signedIn.addChildren([
    homeRoute,
    page('/profile', () => import('./pages/profile-page.tsx'), 'ProfilePage'),
    page('/admin/users', () => import('./admin/users-page.tsx'), 'UsersPage'),
    page('/admin/audit', () => import('./admin/audit-page.tsx'), 'AuditPage'),
    page('/admin/outbox', () => import('./admin/outbox-page.tsx'), 'OutboxPage'),
    page('/ui-kit', () => import('./pages/ui-kit-page.tsx'), 'UiKitPage'),
    ...moduleRoutes(signedIn),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    basepath: '/app',
    context: { queryClient },
    defaultPreload: 'intent',
    // Focus and scroll are handled by the page heading (see shell/page-title.tsx).
    scrollRestoration: true,
  });
}
