import { describe, expect, it } from 'vitest';
import { matchRoute } from '../portal-router.tsx';

describe('portal paths of the public forms and the status page', () => {
  it('opens each form, the code form and the status of a code', () => {
    expect(matchRoute('/education-question')).toEqual({ name: 'cases', page: 'education-question' });
    expect(matchRoute('/guidance-appointment/')).toEqual({ name: 'cases', page: 'guidance-appointment' });
    expect(matchRoute('/scholarship')).toEqual({ name: 'cases', page: 'scholarship' });
    expect(matchRoute('/status')).toEqual({ name: 'cases', page: 'status' });
    expect(matchRoute('/status/K7QM-2XPA-9RTD')).toEqual({
      name: 'cases',
      page: 'status',
      code: 'K7QM-2XPA-9RTD',
    });
  });

  it('leaves other paths to the rest of the portal', () => {
    expect(matchRoute('/status/a/b')).toEqual({ name: 'not-found' });
    expect(matchRoute('/status/<script>')).toEqual({ name: 'not-found' });
    expect(matchRoute('/scholarships')).toEqual({ name: 'not-found' });
    expect(matchRoute('/services/uct-scholarship')).toEqual({ name: 'service', slug: 'uct-scholarship' });
  });
});
