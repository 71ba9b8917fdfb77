import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv } from './env.ts';

describe('loadEnv', () => {
  it('gives working defaults for the embedded database, with demo data on', () => {
    const env = loadEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe('./data');
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.demoData).toBe(true);
  });

  it('turns demo data off with DATABASE_URL unless DEMO_DATA=true', () => {
    expect(loadEnv({ DATABASE_URL: 'postgres://u@h/db' }).demoData).toBe(false);
    expect(loadEnv({ DATABASE_URL: 'postgres://u@h/db', DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it('names every bad variable in one message', () => {
    expect(() => loadEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x/y', SMTP_URL: 'nope' })).toThrowError(
      /PORT[\s\S]*DATABASE_URL[\s\S]*SMTP_URL|PORT[\s\S]*SMTP_URL[\s\S]*DATABASE_URL/,
    );
    expect(() => loadEnv({ PORT: 'eighty' })).toThrowError(EnvError);
  });

  it('requires the OIDC settings together', () => {
    expect(() => loadEnv({ OIDC_ISSUER: 'http://localhost:9999' })).toThrowError(/go together/);
  });

  it('treats empty strings as unset', () => {
    expect(loadEnv({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });
});
