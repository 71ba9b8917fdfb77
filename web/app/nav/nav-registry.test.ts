import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../contracts/identity.ts';
import { createAppRouter } from '../router.tsx';
import { safeRedirect } from '../shell/safe-redirect.ts';
import { mayOpen, navFor, navRegistry } from './nav-registry.ts';

describe('navigation registry', () => {
  it('has unique ids, and every entry has a route', () => {
    const ids = navRegistry.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const routes = Object.keys(createAppRouter(new QueryClient()).routesByPath);
    for (const entry of navRegistry) expect(routes, entry.id).toContain(entry.to);
  });

  it('gives every role a home and a profile, and administration only to whom it belongs', () => {
    for (const role of ROLES) {
      const nav = navFor([role]);
      expect(nav.work.map((e) => e.id)).toContain('home');
      expect(nav.account.map((e) => e.id)).toEqual(['profile']);
    }
    expect(navFor(['admin']).admin.map((e) => e.id)).toEqual(['users', 'audit', 'outbox']);
    expect(navFor(['manager']).admin.map((e) => e.id)).toEqual(['audit', 'outbox']);
    expect(navFor(['requester']).admin).toEqual([]);
  });

  it('combines the entries of several roles', () => {
    const users = navRegistry.find((e) => e.id === 'users');
    expect(users && mayOpen(users, ['volunteer', 'admin'])).toBe(true);
    expect(users && mayOpen(users, ['volunteer'])).toBe(false);
  });
});

describe('safeRedirect', () => {
  it('keeps app paths and drops anything that leaves the app', () => {
    expect(safeRedirect('/app/admin/users?role=admin')).toBe('/admin/users?role=admin');
    expect(safeRedirect('/profile')).toBe('/profile');
    expect(safeRedirect('//evil.example/x')).toBe('/');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect(42)).toBe('/');
  });
});
