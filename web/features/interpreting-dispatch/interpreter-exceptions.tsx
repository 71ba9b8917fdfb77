import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Form } from 'react-aria-components';
import type { Interpreter } from '../../../contracts/interpreting-register.ts';
import { Button } from '../../components/ui/button.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { ChoiceGroup } from '../interpreting/choice-group.tsx';
import { sessionTime } from '../interpreting/parts.tsx';
import { addException, dispatchKeys, removeException } from './api.ts';
import { localToInstant } from './exception-time.ts';
import { describeError, useDispatchI18n } from './i18n.ts';

type Kind = 'off' | 'extra';

/** Time off and extra hours on top of the weekly windows: add and remove. */
export function ExceptionsSection({ interpreter }: { interpreter: Interpreter }) {
  const { t } = useDispatchI18n();
  const client = useQueryClient();
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [kind, setKind] = useState<Kind>('off');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: dispatchKeys.interpreter(interpreter.id) });
  const add = useMutation({
    mutationFn: (body: { start: string; end: string }) =>
      addException(interpreter.id, { ...body, available: kind === 'extra', note: note.trim() || undefined }),
    onSuccess: async () => {
      setStart('');
      setEnd('');
      setNote('');
      toast({ tone: 'success', title: t('exc.added') });
      await refresh();
    },
    onError: (e) => setError(describeError(e)),
  });
  const remove = useMutation({
    mutationFn: (exceptionId: string) => removeException(interpreter.id, exceptionId),
    onSuccess: async () => {
      toast({ tone: 'success', title: t('exc.removed') });
      await refresh();
    },
    onError: (e) => toast({ tone: 'error', title: describeError(e) }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const from = localToInstant(start);
    const to = localToInstant(end);
    if (!from || !to || Date.parse(to) <= Date.parse(from)) return setError(t('exc.invalid'));
    add.mutate({ start: from, end: to });
  };
  return (
    <section aria-labelledby="exceptions" className="interp-section">
      <h2 id="exceptions">{t('exc.title')}</h2>
      {interpreter.availabilityExceptions.length === 0 ? (
        <p>{t('exc.none')}</p>
      ) : (
        <ul className="dispatch-list">
          {interpreter.availabilityExceptions.map((e) => (
            <li key={e.id} data-exception={e.id}>
              <time dateTime={e.start}>{sessionTime(e.start, e.end)}</time>:{' '}
              {e.available ? t('exc.extra') : t('exc.off')}
              {e.note ? ` (${e.note})` : ''}{' '}
              <Button
                variant="quiet"
                onPress={() => remove.mutate(e.id)}
                isDisabled={remove.isPending}
                aria-label={t('exc.removeLabel', { start: sessionTime(e.start, e.end) })}
              >
                {t('exc.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Form onSubmit={submit} className="form interp-form" validationBehavior="aria">
        <FormError message={error} />
        <div className="interp-row">
          <TextField
            label={t('exc.start')}
            name="exceptionStart"
            type="datetime-local"
            isRequired
            value={start}
            onChange={setStart}
          />
          <TextField
            label={t('exc.end')}
            name="exceptionEnd"
            type="datetime-local"
            isRequired
            value={end}
            onChange={setEnd}
          />
        </div>
        <ChoiceGroup<Kind>
          label={t('exc.kind')}
          name="exceptionKind"
          options={[
            { id: 'off', label: t('exc.off') },
            { id: 'extra', label: t('exc.extra') },
          ]}
          value={kind}
          onChange={setKind}
        />
        <TextField label={t('exc.note')} name="exceptionNote" value={note} onChange={setNote} />
        <Button type="submit" isPending={add.isPending}>
          {t('exc.add')}
        </Button>
      </Form>
    </section>
  );
}
