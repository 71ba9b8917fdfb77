import { createHash } from 'node:crypto';

/**
 * A UUID that is the same on every run for the same name, so seeding twice finds its own rows
 * (ON CONFLICT DO NOTHING) even in tables without a natural key, such as people.
 * Shaped as a version-5 UUID (name-based, SHA hash).
 */
export function demoId(name: string): string {
  const bytes = createHash('sha256').update(`wegwijs-demo:${name}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A valid KBO number (mod-97 check digits) from an eight-digit stem. */
export function demoKbo(stem: string): string {
  if (!/^[01]\d{7}$/.test(stem)) throw new Error(`a KBO stem has 8 digits and starts with 0 or 1: ${stem}`);
  const check = 97 - (Number(stem) % 97);
  return `${stem}${String(check).padStart(2, '0')}`;
}
