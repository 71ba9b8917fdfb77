import { describe, expect, it } from 'vitest';
import { ProblemSchema } from '../../../contracts/problem.ts';
import { AppError } from './app-error.ts';
import { problemFor, toProblem } from './problem.ts';

describe('the problem document of an AppError', () => {
  it('carries the facts the error names, and the schema the answers go through keeps them', () => {
    const error = new AppError('CAPACITY.BELOW_TAKEN', 'Er zijn al 12 plaatsen gegeven dan 10', {
      facts: { key: 'offerfeest-slot:x', capacity: 10, taken: 12 },
    });
    const problem = toProblem(error, 'req-1');
    expect(problem).toMatchObject({
      status: 409,
      code: 'CAPACITY.BELOW_TAKEN',
      detail: 'Er zijn al 12 plaatsen gegeven dan 10',
      facts: { key: 'offerfeest-slot:x', capacity: 10, taken: 12 },
    });
    expect(ProblemSchema.parse(problem).facts).toEqual({ key: 'offerfeest-slot:x', capacity: 10, taken: 12 });
  });

  it('leaves `facts` out when there are none, never an empty object', () => {
    expect(toProblem(new AppError('OFFERFEEST.NOT_FOUND'), 'req-2')).not.toHaveProperty('facts');
    expect(toProblem(new AppError('OFFERFEEST.NOT_FOUND', 'x', { facts: {} }), 'req-3')).not.toHaveProperty(
      'facts',
    );
    expect(problemFor('COMMON.NOT_FOUND', 'req-4', { detail: 'GET /api/x' })).not.toHaveProperty('facts');
  });

  it('refuses facts that are not flat strings or numbers in the contract', () => {
    const nested = { ...problemFor('COMMON.CONFLICT', 'req-5'), facts: { pools: ['a', 'b'] } };
    expect(ProblemSchema.safeParse(nested).success).toBe(false);
  });
});
