import { CASE_TYPES, type CaseType, CaseTypeSchema } from '../../../../contracts/case-types.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { systemContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { type DayInput, toDay } from '../../../platform/params/index.ts';
import { addMonths, CASE_DEFINITIONS } from '../case-types/index.ts';
import {
  clearCaseContent,
  deleteOrphanPeople,
  expiredCaseIds,
  lockCaseToAnonymise,
  markAnonymised,
  unlinkPeople,
} from './retention.repository.ts';

export const ANONYMISED_ACTION = 'case.anonymised';

export type RetentionReport = {
  day: string;
  anonymised: number;
  failed: number;
};

const ctx = systemContext('cases.retention');

/**
 * The last day a case of this type may have been closed on and still be kept: a case closed
 * before `cutoffDay(type, today)` (Brussels days) was closed more than `retentionMonths` ago.
 */
export function cutoffDay(type: CaseType, today: string): string {
  return addMonths(today, -CASE_DEFINITIONS[type].retentionMonths);
}

/** The fields an anonymised case keeps: the type's counted ones, nothing else. */
export function keepCountedFields(type: CaseType, fields: Record<string, unknown>): Record<string, unknown> {
  const kept = CASE_DEFINITIONS[type].keptFields;
  return Object.fromEntries(Object.entries(fields).filter(([key]) => kept.includes(key)));
}

/**
 * Anonymises one case in one transaction. Answers false when the case was anonymised meanwhile
 * (or reopened), so a retry or two parallel runs change nothing twice.
 */
export async function anonymiseCase(db: Db, caseId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const locked = await lockCaseToAnonymise(tx, caseId);
    const type = CaseTypeSchema.safeParse(locked?.type);
    if (!locked || !type.success) return false;
    const personIds = await unlinkPeople(tx, caseId);
    const peopleDeleted = await deleteOrphanPeople(tx, personIds);
    const cleared = await clearCaseContent(tx, caseId);
    const kept = keepCountedFields(type.data, locked.fields);
    await markAnonymised(tx, caseId, kept);
    // Counts and field names only: the audit log is append-only, so nothing personal goes in.
    await recordAudit(tx, ctx, {
      action: ANONYMISED_ACTION,
      entity: 'case',
      entityId: caseId,
      after: {
        type: type.data,
        keptFields: Object.keys(kept).sort(),
        peopleUnlinked: personIds.length,
        peopleDeleted,
        ...cleared,
      },
    });
    return true;
  });
}

/**
 * Anonymises every case closed more than its type's `retentionMonths` before `today` (Brussels)
 * and not anonymised yet. Each case has its own transaction: one that fails (reported, retried
 * on the next run) does not hold back the others. Running it again changes nothing.
 */
export async function anonymiseExpiredCases(
  db: Db,
  today: DayInput,
  onError: (caseId: string, error: unknown) => void = () => {},
): Promise<RetentionReport> {
  const day = toDay(today);
  const report: RetentionReport = { day, anonymised: 0, failed: 0 };
  for (const type of CASE_TYPES) {
    for (const caseId of await expiredCaseIds(db, type, cutoffDay(type, day))) {
      try {
        if (await anonymiseCase(db, caseId)) report.anonymised += 1;
      } catch (error) {
        report.failed += 1;
        onError(caseId, error);
      }
    }
  }
  return report;
}
