import type { InterpretingFigures } from '../../../../contracts/interpreting-figures.ts';
import type { Db } from '../../../platform/db/index.ts';
import { addDays, brusselsInstant } from '../brussels-time.ts';
import { selectFigureRows } from './figures.repository.ts';
import { computeFigures } from './figures.ts';

/** Figures over the Brussels dates [from, to], by the session's start. */
export async function interpretingFigures(
  db: Db,
  query: { from: string; to: string },
): Promise<InterpretingFigures> {
  const period = { from: brusselsInstant(query.from, 0), to: brusselsInstant(addDays(query.to, 1), 0) };
  return computeFigures(query.from, query.to, await selectFigureRows(db, period));
}
