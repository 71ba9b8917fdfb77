import { useState } from 'react';
import type { OfferfeestMessageKey } from './messages/nl.ts';
import { explainFailure, type Problems } from './problems.ts';

export type Submission<R> = {
  result: R | null;
  sending: boolean;
  problems: Problems;
  message: OfferfeestMessageKey | null;
  /** Grows with every refused attempt, so the error summary takes focus again each time. */
  attempt: number;
  submit: (local: Problems, request: () => Promise<R>) => Promise<void>;
};

/** The send cycle of both forms: the local checks first, then the server, then its answer. */
export function useSubmit<R>(fields: readonly string[]): Submission<R> {
  const [result, setResult] = useState<R | null>(null);
  const [sending, setSending] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [message, setMessage] = useState<OfferfeestMessageKey | null>(null);
  const [attempt, setAttempt] = useState(0);
  const refuse = (next: Problems, why: OfferfeestMessageKey | null) => {
    setProblems(next);
    setMessage(why);
    setAttempt((n) => n + 1);
  };
  const submit = async (local: Problems, request: () => Promise<R>) => {
    if (sending) return;
    if (Object.keys(local).length > 0) return refuse(local, null);
    setProblems({});
    setMessage(null);
    setSending(true);
    try {
      setResult(await request());
    } catch (error) {
      const failure = explainFailure(error, fields);
      refuse(failure.problems, failure.message ?? null);
    } finally {
      setSending(false);
    }
  };
  return { result, sending, problems, message, attempt, submit };
}
