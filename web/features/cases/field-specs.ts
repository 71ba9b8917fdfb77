import { z } from 'zod';

/**
 * A case type's own fields as form controls, read from the contract's zod schema (the same schema
 * the server checks), so the form never drifts from what the server accepts. Nested objects
 * (family, schooling…) become dotted paths; maps (trajectory parts, higher-education steps) have
 * their own sections and are left out here.
 */

export type FieldKind =
  | { kind: 'text'; multiline: boolean }
  | { kind: 'date' }
  | { kind: 'number'; integer: boolean }
  | { kind: 'boolean' }
  | { kind: 'enum'; options: readonly string[] }
  | { kind: 'list' }
  | { kind: 'enumList'; options: readonly string[] };

export type FieldSpec = FieldKind & { path: string };

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodNullable ||
    current instanceof z.ZodDefault
  ) {
    current = current.unwrap();
  }
  return current;
}

function isInteger(schema: z.ZodNumber): boolean {
  return schema.isInt || schema.format === 'safeint' || schema.format === 'int32';
}

function isLongText(schema: z.core.$ZodType): boolean {
  const max = schema instanceof z.ZodString ? schema.maxLength : null;
  return max !== null && max > 1_000;
}

function kindOf(schema: z.core.$ZodType): FieldKind | null {
  const s = unwrap(schema);
  if (s instanceof z.ZodEnum) return { kind: 'enum', options: s.options.map(String) };
  if (s instanceof z.ZodBoolean) return { kind: 'boolean' };
  if (s instanceof z.ZodNumber) return { kind: 'number', integer: isInteger(s) };
  if (s instanceof z.ZodStringFormat && s.format === 'date') return { kind: 'date' };
  if (s instanceof z.ZodString || s instanceof z.ZodStringFormat) {
    return { kind: 'text', multiline: isLongText(s) };
  }
  if (s instanceof z.ZodArray) {
    const element = unwrap(s.element);
    if (element instanceof z.ZodEnum) return { kind: 'enumList', options: element.options.map(String) };
    if (element instanceof z.ZodString || element instanceof z.ZodStringFormat) return { kind: 'list' };
  }
  return null;
}

/** Every editable field of an object schema, nested objects flattened to `parent.child` paths. */
export function fieldSpecs(schema: z.ZodObject, prefix = ''): FieldSpec[] {
  const out: FieldSpec[] = [];
  for (const [key, child] of Object.entries(schema.shape)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const inner = unwrap(child);
    if (inner instanceof z.ZodObject) {
      out.push(...fieldSpecs(inner, path));
      continue;
    }
    const kind = kindOf(inner);
    if (kind) out.push({ ...kind, path });
  }
  return out;
}

/** The form's text for one value: booleans as 'true'/'false', lists one per line, empty for none. */
export function toDraftValue(spec: FieldSpec, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(String).join(spec.kind === 'list' ? '\n' : ',');
  return String(value);
}

/** Reads `a.b` from nested fields. */
export function valueAtPath(fields: Readonly<Record<string, unknown>>, path: string): unknown {
  let current: unknown = fields;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}

export function draftFromFields(specs: readonly FieldSpec[], fields: Readonly<Record<string, unknown>>) {
  const draft: Record<string, string> = {};
  for (const spec of specs) draft[spec.path] = toDraftValue(spec, valueAtPath(fields, spec.path));
  return draft;
}

/** The typed value of one control, or undefined when left empty (the key is then left out). */
export function fromDraftValue(spec: FieldSpec, text: string): unknown {
  const value = text.trim();
  if (value === '') return undefined;
  switch (spec.kind) {
    case 'boolean':
      return value === 'true';
    case 'number': {
      const n = Number(value.replace(',', '.'));
      return Number.isFinite(n) ? n : value;
    }
    case 'list':
      return value
        .split(/\n|;/u)
        .map((item) => item.trim())
        .filter(Boolean);
    case 'enumList':
      return value.split(',').filter(Boolean);
    default:
      return value;
  }
}

/**
 * The `fields` object for the API from the form's texts: nested paths rebuilt, empty controls left
 * out. A nested group whose controls are all empty is left out too.
 */
export function fieldsFromDraft(
  specs: readonly FieldSpec[],
  draft: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    const value = fromDraftValue(spec, draft[spec.path] ?? '');
    if (value === undefined) continue;
    const keys = spec.path.split('.');
    let target = out;
    for (const key of keys.slice(0, -1)) {
      const next = target[key];
      const child: Record<string, unknown> = typeof next === 'object' && next !== null ? { ...next } : {};
      target[key] = child;
      target = child;
    }
    target[keys[keys.length - 1] ?? spec.path] = value;
  }
  return out;
}

/**
 * The PATCH `fields` of an edit: what the form holds, plus `null` for each top-level field that
 * was stored and is now left empty (the server merges, and `null` removes a field).
 */
export function fieldsPatch(
  specs: readonly FieldSpec[],
  draft: Readonly<Record<string, string>>,
  stored: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out = fieldsFromDraft(specs, draft);
  for (const spec of specs) {
    const top = spec.path.split('.')[0] ?? spec.path;
    if (!(top in out) && stored[top] !== undefined && stored[top] !== null) out[top] = null;
  }
  return out;
}
