import { useState } from 'react';
import { ApiError } from '../../lib/api-client.ts';
import { fromServer, type Problems } from './form-rules.ts';
import type { CasesMessageKey } from './messages/nl.ts';

export type SendState =
  | { kind: 'editing' }
  | { kind: 'sending' }
  | { kind: 'done'; code: string }
  | { kind: 'failed'; message: CasesMessageKey };

export type Send = {
  state: SendState;
  problems: Problems;
  /** Grows with every refused attempt, so the error summary takes focus again each time. */
  attempt: number;
  submit: (local: Problems, request: () => Promise<{ code: string }>) => Promise<void>;
};

/** What a refused send means for the visitor: fields to fix, too many sends, or a plain failure. */
export function explainFailure(
  error: unknown,
  fields: readonly string[],
): { problems: Problems; message?: CasesMessageKey } {
  if (!(error instanceof ApiError)) return { problems: {}, message: 'failed' };
  if (error.status === 429) return { problems: {}, message: 'tooMany' };
  if (error.status === 413) return { problems: { files: { key: 'scFilesTooLarge' } } };
  if (error.status === 415) return { problems: { files: { key: 'scFilesType' } } };
  // The scholarship's documents come as parts named after their kind; the form shows them together.
  if (error.fieldErrors.statusDocument !== undefined || error.fieldErrors.incomeProof !== undefined) {
    return { problems: { ...fromServer(error.fieldErrors, fields), files: { key: 'scFilesRequired' } } };
  }
  if (error.code === 'PUBLIC_FORMS.CALL_NOT_OPEN' || error.code === 'PUBLIC_FORMS.UNKNOWN_CALL') {
    return { problems: {}, message: 'scCallClosed' };
  }
  const problems = fromServer(error.fieldErrors, fields);
  if (Object.keys(problems).length > 0) return { problems };
  return { problems: {}, message: error.status === 400 || error.status === 422 ? 'invalid' : 'failed' };
}

/** The send cycle every portal form shares: check here first, then the server, then the code. */
export function useSend(fields: readonly string[]): Send {
  const [state, setState] = useState<SendState>({ kind: 'editing' });
  const [problems, setProblems] = useState<Problems>({});
  const [attempt, setAttempt] = useState(0);
  const submit = async (local: Problems, request: () => Promise<{ code: string }>) => {
    if (state.kind === 'sending') return;
    if (Object.keys(local).length > 0) {
      setProblems(local);
      setAttempt((n) => n + 1);
      setState({ kind: 'editing' });
      return;
    }
    setProblems({});
    setState({ kind: 'sending' });
    try {
      const { code } = await request();
      setState({ kind: 'done', code });
    } catch (error) {
      const failure = explainFailure(error, fields);
      setProblems(failure.problems);
      setAttempt((n) => n + 1);
      setState(failure.message ? { kind: 'failed', message: failure.message } : { kind: 'editing' });
    }
  };
  return { state, problems, attempt, submit };
}
