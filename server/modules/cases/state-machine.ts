import { type CaseType, isClosedStatus, statusLabel } from '../../../contracts/case-types.ts';
import type { CasesErrorCode } from '../../../contracts/cases.ts';
import type { Role } from '../../../contracts/identity.ts';
import { hasPermission } from '../../../contracts/permissions.ts';
import type { CaseFacts, CaseTypeDefinition, TransitionRule } from './case-types/index.ts';

function appliesFrom(type: CaseType, rule: TransitionRule, status: string): boolean {
  return rule.from === '*' ? !isClosedStatus(type, status) && status !== rule.to : rule.from.includes(status);
}

function mayMake(rule: TransitionRule, roles: readonly Role[] | 'system'): boolean {
  return roles === 'system' || !rule.permission || hasPermission(roles, rule.permission);
}

export type AllowedTransition = { to: string; label: string; blocked: string | null };

/** The moves this user may make from the case's status, each with the reason it is blocked, if any. */
export function allowedTransitions(
  definition: CaseTypeDefinition,
  facts: CaseFacts,
  roles: readonly Role[],
): AllowedTransition[] {
  return definition.transitions
    .filter((rule) => appliesFrom(definition.type, rule, facts.status) && mayMake(rule, roles))
    .map((rule) => ({
      to: rule.to,
      label: statusLabel(definition.type, rule.to),
      blocked: rule.guard?.(facts) ?? null,
    }));
}

export type TransitionCheck = { ok: true } | { ok: false; code: CasesErrorCode; detail: string };

/**
 * Whether the machine allows `to` from the case's status for these roles: not a move of the
 * machine → TRANSITION_NOT_ALLOWED (409); a move the role may not make → TRANSITION_FORBIDDEN (403);
 * a guard that fails → TRANSITION_BLOCKED (409) with the guard's reason.
 */
export function checkTransition(
  definition: CaseTypeDefinition,
  facts: CaseFacts,
  to: string,
  roles: readonly Role[] | 'system',
): TransitionCheck {
  const rules = definition.transitions.filter(
    (rule) => rule.to === to && appliesFrom(definition.type, rule, facts.status),
  );
  if (rules.length === 0) {
    return {
      ok: false,
      code: 'CASES.TRANSITION_NOT_ALLOWED',
      detail: `A ${definition.type} case cannot go from "${facts.status}" to "${to}"`,
    };
  }
  const permitted = rules.filter((rule) => mayMake(rule, roles));
  if (permitted.length === 0) {
    return { ok: false, code: 'CASES.TRANSITION_FORBIDDEN', detail: `Your role may not set "${to}"` };
  }
  const reasons = permitted.map((rule) => rule.guard?.(facts) ?? null);
  if (reasons.some((reason) => reason === null)) return { ok: true };
  return { ok: false, code: 'CASES.TRANSITION_BLOCKED', detail: reasons.filter(Boolean).join('; ') };
}
