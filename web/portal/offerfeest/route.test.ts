import { describe, expect, it } from 'vitest';
import { matchRoute } from '../portal-router.tsx';

describe('portal paths of the Offerfeest', () => {
  it('opens the information page, both forms and both status pages', () => {
    expect(matchRoute('/offerfeest')).toEqual({ name: 'offerfeest', page: 'info' });
    expect(matchRoute('/offerfeest/')).toEqual({ name: 'offerfeest', page: 'info' });
    expect(matchRoute('/offerfeest/register')).toEqual({ name: 'offerfeest', page: 'register' });
    expect(matchRoute('/offerfeest/claim')).toEqual({ name: 'offerfeest', page: 'claim' });
    expect(matchRoute('/offerfeest/status')).toEqual({ name: 'offerfeest', page: 'status' });
    expect(matchRoute('/offerfeest/status/OF-7K2M-QX4P')).toEqual({
      name: 'offerfeest',
      page: 'status',
      code: 'OF-7K2M-QX4P',
    });
    expect(matchRoute('/offerfeest/registration/OF-ABCD-2345')).toEqual({
      name: 'offerfeest',
      page: 'status',
      code: 'OF-ABCD-2345',
    });
    expect(matchRoute('/offerfeest/claim-status/AB12-CD34')).toEqual({
      name: 'offerfeest',
      page: 'claim-status',
      code: 'AB12-CD34',
    });
  });

  it('leaves other paths alone', () => {
    expect(matchRoute('/offerfeest/status/a/b')).toEqual({ name: 'not-found' });
    expect(matchRoute('/offerfeest/status/<x>')).toEqual({ name: 'not-found' });
    expect(matchRoute('/offerfeest/other')).toEqual({ name: 'not-found' });
    expect(matchRoute('/status/AB12')).toEqual({ name: 'cases', page: 'status', code: 'AB12' });
  });
});
