import { describe, expect, it } from 'vitest';
import { matchRoute } from './portal-router.tsx';

describe('matchRoute', () => {
  it('knows the portal pages, with or without a trailing slash', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/contact/')).toEqual({ name: 'contact' });
    expect(matchRoute('/privacy')).toEqual({ name: 'privacy' });
    expect(matchRoute('/services/transit-site')).toEqual({ name: 'service', slug: 'transit-site' });
  });

  it('answers not-found for anything else', () => {
    expect(matchRoute('/services/')).toEqual({ name: 'not-found' });
    expect(matchRoute('/services/a/b')).toEqual({ name: 'not-found' });
    expect(matchRoute('/app-like')).toEqual({ name: 'not-found' });
  });
});
