import { ApiError } from '../../lib/api-client.ts';
import { describeError as describeInterpretingError } from '../interpreting/describe-error.ts';
import { billingTranslator } from './i18n.ts';

/** An API error in Dutch: this catalog's sentence for billing and translation codes, else the module's. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const own = billingTranslator.maybe(`error.${error.code}`);
    if (own) return own;
  }
  return describeInterpretingError(error);
}
