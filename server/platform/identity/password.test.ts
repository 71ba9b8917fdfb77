import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('password hashing', () => {
  it('uses argon2id and verifies only the right password', async () => {
    const hashed = await hashPassword('a long enough secret');
    expect(hashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hashed, 'a long enough secret')).toBe(true);
    expect(await verifyPassword(hashed, 'a long enough secreT')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});
