import type { TimelineItem, TimelineQuery } from '../../../../contracts/case-work.ts';
import type { AuditEntry } from '../../../../contracts/platform.ts';
import { listAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { openCaseForWork } from '../case-access.ts';
import { TIMELINE_HIDDEN_ACTIONS, timelineLabel } from './timeline-labels.ts';
import { userNames } from './work.repository.ts';

// Audit rows read per round while skipping the hidden ones (reads), and at most this many rounds.
const PAGE = 200;
const MAX_ROUNDS = 25;

/**
 * Keys whose values are free text written about the client: never shown on the timeline, even
 * if some writer put them in an audit row (the timeline is read by everyone who sees the case).
 */
const TEXT_KEYS = /^(body|summary|reason|notes|note|text|motivation|answer|question|preparationNotes)$/i;

function scrubDetails(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([key]) => !TEXT_KEYS.test(key)));
}

function actorName(entry: AuditEntry, names: Map<string, string>): string {
  if (entry.actorId) return names.get(entry.actorId) ?? entry.actorLabel;
  if (entry.actorLabel.startsWith('system:')) return `Systeem (${entry.actorLabel.slice('system:'.length)})`;
  return entry.actorLabel === 'anonymous' ? 'Aanvrager via het portaal' : entry.actorLabel;
}

/** The visible audit rows of a case, newest first, paged over the rows that are shown. */
async function visibleEntries(db: Db, caseId: string, query: TimelineQuery) {
  const wanted = query.offset + query.limit;
  const shown: AuditEntry[] = [];
  let all = 0;
  for (let round = 0; round < MAX_ROUNDS && shown.length < wanted; round++) {
    const page = await listAudit(db, { entity: 'case', entityId: caseId, limit: PAGE, offset: round * PAGE });
    shown.push(...page.items.filter((entry) => !TIMELINE_HIDDEN_ACTIONS.includes(entry.action)));
    all = page.total;
    if ((round + 1) * PAGE >= page.total) break;
  }
  let hidden = 0;
  for (const action of TIMELINE_HIDDEN_ACTIONS) {
    hidden += (await listAudit(db, { entity: 'case', entityId: caseId, action, limit: 1, offset: 0 })).total;
  }
  return { entries: shown.slice(query.offset, wanted), total: all - hidden };
}

/** The case's story from its audit log: who did what when, in Dutch, without confidential text. */
export async function caseTimeline(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  query: TimelineQuery,
): Promise<{ items: TimelineItem[]; total: number }> {
  await openCaseForWork(db, ctx, caseId);
  const { entries, total } = await visibleEntries(db, caseId, query);
  const names = await userNames(
    db,
    entries.map((entry) => entry.actorId),
  );
  return {
    items: entries.map((entry) => ({
      at: entry.at,
      actor: actorName(entry, names),
      action: entry.action,
      label: timelineLabel(entry.action),
      details: scrubDetails(entry.after),
    })),
    total,
  };
}
