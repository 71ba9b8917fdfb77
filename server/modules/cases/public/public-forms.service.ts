import { z } from 'zod';
import type { CreateCase } from '../../../../contracts/cases.ts';
import type { PortalLanguage, PublicFormCreated } from '../../../../contracts/public-forms.ts';
import type { RequestContext } from '../../../platform/context.ts';
import { systemContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import type { FileService } from '../../../platform/files/index.ts';
import { isAppError } from '../../../platform/http/app-error.ts';
import type { Mail } from '../../../platform/mail/index.ts';
import type { ParamService } from '../../../platform/params/index.ts';
import { recordCaseEvent } from '../case-access.ts';
import { createCase } from '../cases.service.ts';
import { newPublicCode, type PublicCaseType } from './public-code.ts';
import { publicFormConfirmationMail } from './public-forms.mail.ts';
import { selectFirstTeamStartingWith, selectTeamByName } from './public-forms.repository.ts';

/** What the portal's services need from the platform. */
export type PortalDeps = {
  db: Db;
  mail: Mail;
  files: FileService;
  params: ParamService;
  baseUrl: string;
};

/** The effective-dated parameter naming the team that receives the portal's cases (its name or id). */
export const PORTAL_TEAM_PARAM = 'cases.portal.team';
/** Without that parameter: the first team (by name) whose name starts with this. */
export const PORTAL_TEAM_FALLBACK_PREFIX = 'Team Onthaal';

/** Nobody signed in: the audit names the portal, and the request id joins the logs. */
export function portalContext(requestId: string): RequestContext {
  return { ...systemContext('portal'), requestId };
}

/**
 * The team that handles public forms: the one named by `cases.portal.team` today, else the first
 * 'Team Onthaal …', else none (the case then waits in the managers' unassigned list).
 */
export async function portalTeam(db: Db, params: ParamService): Promise<string | undefined> {
  let named: string | undefined;
  try {
    named = await params.get(PORTAL_TEAM_PARAM, new Date(), z.string().trim().min(1));
  } catch (error) {
    if (!isAppError(error) || error.code !== 'PARAMS.NOT_SET') throw error;
  }
  const byParam = named ? await selectTeamByName(db, named) : undefined;
  return byParam ?? selectFirstTeamStartingWith(db, PORTAL_TEAM_FALLBACK_PREFIX);
}

/** The first word is the given name, the rest the family name: "Amina El Idrissi" → "Amina" + "El Idrissi". */
export function splitName(name: string): { givenName: string; familyName: string } {
  const words = name.trim().split(/\s+/u);
  const givenName = (words[0] ?? name).slice(0, 100);
  // A single name (common in some countries) gets a placeholder family name, as the record needs one.
  const familyName = words.length > 1 ? words.slice(1).join(' ').slice(0, 100) : '-';
  return { givenName, familyName };
}

export type PortalCaseInput = {
  type: PublicCaseType;
  title: string;
  name: string;
  email: string | undefined;
  phone: string | undefined;
  language: PortalLanguage;
  fields: Record<string, unknown>;
};

/**
 * Opens a portal case in one transaction: the case with its new person record (through the core
 * `createCase`), whatever the form adds (`extra`: documents, a task, a note), and the confirmation
 * mail in the applicant's language. Anything that fails leaves nothing behind.
 */
export async function openPortalCase(
  deps: PortalDeps,
  ctx: RequestContext,
  input: PortalCaseInput,
  extra: (tx: Db, caseId: string) => Promise<void> = async () => {},
): Promise<PublicFormCreated> {
  const { code, hash } = newPublicCode(input.type);
  const statusUrl = `${deps.baseUrl.replace(/\/+$/u, '')}/status/${code}`;
  const teamId = await portalTeam(deps.db, deps.params);
  const create: CreateCase = {
    type: input.type,
    title: input.title,
    ...(teamId ? { teamId } : {}),
    language: input.language,
    person: {
      ...splitName(input.name),
      ...(input.email ? { email: input.email } : {}),
      ...(input.phone ? { phone: input.phone } : {}),
      preferredLanguage: input.language,
    },
    fields: input.fields,
  };
  await deps.db.transaction(async (tx) => {
    const created = await createCase(tx, ctx, create, { origin: 'portal', publicCodeHash: hash });
    await recordCaseEvent(tx, ctx, created.id, 'case.portal.received', { type: input.type });
    await extra(tx, created.id);
    if (input.email) {
      await deps.mail.sendTemplate(tx, ctx, publicFormConfirmationMail, {
        to: input.email,
        locale: input.language,
        data: { name: input.name, type: input.type, reference: created.reference, code, statusUrl },
      });
    }
  });
  return { code, statusUrl };
}
