import { describe, expect, it } from 'vitest';
import { assignedReasonNl, unfilledReasonNl } from './plan-reasons-nl.ts';

const codeOf = (id: string) => `T-${id}`;
const base = { requestId: 'r', interpreterId: 'a', travelMinutes: 14, reason: '' };

describe('day-plan reasons in Dutch', () => {
  it('words each kind of choice, naming colleagues by code', () => {
    expect(assignedReasonNl({ ...base, eligibleCount: 1, closerButBusy: [] }, 'ar', codeOf)).toBe(
      'de enige tolk ar die dan vrij is (14 min reistijd)',
    );
    expect(assignedReasonNl({ ...base, eligibleCount: 3, closerButBusy: [] }, 'tr', codeOf)).toContain(
      'kortste reistijd (14 min) van 3 geschikte tolken',
    );
    const busy = [{ interpreterId: 'b', travelMinutes: 5, busyWith: ['x'] }];
    expect(assignedReasonNl({ ...base, eligibleCount: 2, closerButBusy: busy }, 'ar', codeOf)).toContain(
      'de tolk die dichterbij woont, is bezet',
    );
    const free = [{ interpreterId: 'c', travelMinutes: 5, busyWith: [] }];
    expect(assignedReasonNl({ ...base, eligibleCount: 2, closerButBusy: free }, 'ar', codeOf)).toContain(
      'T-c woont dichterbij en is ook vrij',
    );
  });

  it('says why a request stays open', () => {
    const u = { requestId: 'r', detail: '' };
    expect(unfilledReasonNl({ ...u, reason: 'no-language', blockedBy: [] }, 'ps')).toBe(
      'geen enkele tolk in de planning spreekt ps',
    );
    expect(unfilledReasonNl({ ...u, reason: 'not-available', blockedBy: [] }, 'ps')).toContain('beschikbaar');
    const blockedBy = [
      { interpreterId: 'a', busyWith: ['x'] },
      { interpreterId: 'b', busyWith: ['y'] },
    ];
    expect(unfilledReasonNl({ ...u, reason: 'all-busy', blockedBy }, 'ar')).toContain(
      'alle 2 geschikte tolken',
    );
  });
});
