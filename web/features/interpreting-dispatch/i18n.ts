import { createTranslator, type Translator } from '../../i18n/translator.ts';
import { ApiError } from '../../lib/api-client.ts';
import { describeError as describeInterpretingError } from '../interpreting/describe-error.ts';
import { type DispatchKey, dispatchNl } from './messages-nl.ts';

export type DispatchT = Translator<DispatchKey>;

/** The pages' own Dutch catalog, loaded with them (the staff app is Dutch). */
export const dispatchTranslator: DispatchT = createTranslator<DispatchKey>('nl', dispatchNl);

export function useDispatchI18n(): DispatchT {
  return dispatchTranslator;
}

/** An API error in Dutch: this module's sentence for its code, else the interpreting module's. */
export function describeError(error: unknown): string {
  const own = error instanceof ApiError ? dispatchTranslator.maybe(`error.${error.code}`) : undefined;
  return own ?? describeInterpretingError(error);
}
