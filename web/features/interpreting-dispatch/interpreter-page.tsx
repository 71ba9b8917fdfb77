import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Skeleton } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { LoadError } from '../interpreting/parts.tsx';
import { dispatchKeys, getInterpreter, updateInterpreter } from './api.ts';
import { useDispatchI18n } from './i18n.ts';
import { InterpreterEditor } from './interpreter-editor.tsx';
import { ExceptionsSection } from './interpreter-exceptions.tsx';
import { fromInterpreter, toUpdateBody } from './interpreter-form.ts';
import { PreferencesSection } from './interpreter-preferences.tsx';
import '../interpreting/interpreting.css';
import './dispatch.css';

/** One interpreter of the register: change her data, her exceptions and organisations’ preferences. */
export function InterpreterPage() {
  const { t } = useDispatchI18n();
  const { interpreterId } = useParams({ strict: false });
  const id = interpreterId ?? '';
  const client = useQueryClient();
  const interpreter = useQuery({ queryKey: dispatchKeys.interpreter(id), queryFn: () => getInterpreter(id) });
  const i = interpreter.data;
  return (
    <>
      <PageHeader title={i ? t('title.interpreter', { code: i.code }) : t('title.interpreterLoading')}>
        {i ? (
          <p className="page-header__sub" data-interpreter={i.code}>
            {i.givenName} {i.familyName}
          </p>
        ) : null}
      </PageHeader>
      {interpreter.isPending ? (
        <Skeleton lines={8} />
      ) : interpreter.error || !i ? (
        <LoadError error={interpreter.error} onRetry={() => void interpreter.refetch()} />
      ) : (
        <>
          <InterpreterEditor
            key={i.id}
            kind="edit"
            initial={fromInterpreter(i)}
            onSave={async (values) => {
              const saved = await updateInterpreter(i.id, toUpdateBody(values).body);
              client.setQueryData(dispatchKeys.interpreter(i.id), saved);
              await client.invalidateQueries({ queryKey: ['interpreting', 'interpreters'] });
              toast({ tone: 'success', title: t('form.saved') });
            }}
          />
          <ExceptionsSection interpreter={i} />
          <PreferencesSection interpreter={i} />
        </>
      )}
      <p>
        <Link to="/interpreting/interpreters">{t('title.interpreters')}</Link>
      </p>
    </>
  );
}
