import { isValidBIC } from 'ibantools';
import { z } from 'zod';
import { AppError, isAppError } from '../../../platform/http/index.ts';
import type { ParamDefault, ParamService } from '../../../platform/params/index.ts';
import type { Debtor } from './pain001.ts';
import { normaliseIban, toSepaName } from './sepa-text.ts';

/** The agency's account that pays the claims: Dbtr, DbtrAcct and DbtrAgt of the pain.001 file. */
export const DEBTOR_PARAM = 'offerfeest.debtor';

export const DebtorSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2)
    .max(70)
    .refine((name) => toSepaName(name) !== null, 'Latin letters'),
  iban: z.string().refine((iban) => normaliseIban(iban) !== null, 'a valid IBAN'),
  bic: z.string().refine((bic) => isValidBIC(bic), 'a valid BIC'),
});

/**
 * BE26 0910 0000 0029 is synthetic: bank code 091 (Belfius's range), account 0000000, national
 * check 29 (0910000000 mod 97) and IBAN check 26 (mod 97 = 1) — valid, so a demo file passes the
 * schema and the bank's format checks, but it is nobody's account.
 */
export const DEMO_DEBTOR: Debtor = { name: 'Stad Gent', iban: 'BE26091000000029', bic: 'GKCCBEBB' };

export const debtorParamDefaults: readonly ParamDefault[] = [
  {
    key: DEBTOR_PARAM,
    validFrom: '2019-01-01',
    value: DEMO_DEBTOR,
    note: 'Demo account: set the real one (name, IBAN and BIC of the account that pays the Offerfeest claims).',
  },
];

/** The debtor valid on a day, in electronic IBAN format; OFFERFEEST.DEBTOR_MISSING when unset or unusable. */
export async function debtorOn(params: ParamService, day: string): Promise<Debtor> {
  let value: z.infer<typeof DebtorSchema>;
  try {
    value = await params.get(DEBTOR_PARAM, day, DebtorSchema);
  } catch (error) {
    if (isAppError(error) && (error.code === 'PARAMS.NOT_SET' || error.code === 'PARAMS.INVALID_VALUE')) {
      throw new AppError('OFFERFEEST.DEBTOR_MISSING', `${DEBTOR_PARAM}: ${error.message}`);
    }
    throw error;
  }
  const iban = normaliseIban(value.iban);
  if (!iban) throw new AppError('OFFERFEEST.DEBTOR_MISSING', 'the IBAN is not valid');
  return { name: value.name, iban, bic: value.bic.toUpperCase() };
}
